using Publisher;

return PublisherCli.Run(args, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);
