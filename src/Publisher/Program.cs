using Publisher;

return PublisherCli.Run(args, Console.Out, Console.Error, Console.IsErrorRedirected ? ProgressShown.Log : ProgressShown.Terminal);
