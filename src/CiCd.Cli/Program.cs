using CiCd.Cli;

ProcessStart.Prepare(args);
return MlopsApp.Run(args, Console.Out, Console.Error);
