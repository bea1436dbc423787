using Publisher.Core.Diagnostics;

namespace Publisher.Core.Extensions.OpenData;

/// <summary>How messages name the page and the files of <see cref="DocumentsJsonExtension"/>.</summary>
public static class OpenDataMessages
{
    public static Message OpenDataPage { get; } = new("the open data page", "stránka otevřených dat");

    public static Message OpenDataFile { get; } = new("the open data file", "soubor otevřených dat");

    public static Message OpenDataSchema { get; } = new("the schema of the open data file", "schéma souboru otevřených dat");

    public static Message OpenDataTable { get; } = new("the open data table", "tabulka otevřených dat");

    public static Message OpenDataTableDescription { get; } = new("the description of the open data table", "popis tabulky otevřených dat");

    public static Message OpenDataCatalogueRecord { get; } = new("the catalogue record of the open data", "katalogizační záznam otevřených dat");
}
