using CiCd.Cli;

return MlopsApp.Run(args, Console.Out, Console.Error);
