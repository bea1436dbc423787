using Publisher.Core.Diagnostics;

namespace Publisher.Core.Extensions.Plans;

/// <summary>What <see cref="PlansExtension"/> says of plans and the plans documents discuss, in both languages.</summary>
public static class PlansMessages
{
    public static Message IdOutsidePlan { get; } = new(
        "'id' is only used for plans (type: plan) and is ignored here",
        "'id' se používá jen u plánů (type: plan), zde se ignoruje");

    public static Message NotAPlanId(string value) => new(
        $"'plans': '{value}' is not a plan id (lower-case letters, digits and dashes)",
        $"'plans': '{value}' není označení plánu (malá písmena, číslice a pomlčky)");

    /// <param name="pageSegment">The segment of the addresses of a list's further pages ("strana").</param>
    public static Message IdIsPageSegment(string pageSegment) => new(
        $"'id': '{pageSegment}' is used by the site's page numbering; choose another plan id",
        $"'id': '{pageSegment}' je vyhrazeno pro číslování stránek webu; zvolte jiné označení plánu");

    public static Message UnknownStatus(string status, Message hint) => new(
        $"'status': '{status}' is not a plan status; use draft, approved, in-force or expired{hint.English}",
        $"'status': '{status}' není stav plánu; použijte draft, approved, in-force nebo expired{hint.Czech}");

    /// <param name="firstFile">The file of the version that gave the plan its region.</param>
    public static Message PlanInAnotherRegion(string planId, string regionId, string firstFile) => new(
        $"plan '{planId}' already belongs to region '{regionId}' ({firstFile}); versions of one plan must share the region",
        $"plán '{planId}' už patří k regionu '{regionId}' ({firstFile}); všechny verze jednoho plánu musí mít stejný region");

    public static Message UnknownPlan(string planId, Message hint) => new(
        $"'plans': no plan has the id '{planId}'{hint.English}",
        $"'plans': žádný plán nemá označení '{planId}'{hint.Czech}");

    /// <summary>What a plan's 'id' is, for "missing required key 'id' (…)".</summary>
    public static Message IdWhat { get; } = new(
        "the plan's stable id, shared by all its versions",
        "stálé označení plánu, společné všem jeho verzím");

    // The pages of plans, as the message about a missing layout names them.

    public static Message PlanPages { get; } = new("plan pages", "stránky plánů");

    public static Message PlanList { get; } = new("the list of plans by region", "seznam plánů podle regionů");

    public static Message PlanComparisons { get; } = new("comparisons of plan versions", "porovnání verzí plánů");
}
