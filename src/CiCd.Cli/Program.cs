using CiCd.Cli;

ProcessStart.Prepare();
return MlopsApp.Run(args, Console.Out, Console.Error);
