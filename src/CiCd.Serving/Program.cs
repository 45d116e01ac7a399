using CiCd.Serving.Hosting;

ServingApplication.Build(args).Run();

/// <summary>The entry point, public so tests can host the service with WebApplicationFactory.</summary>
public partial class Program;
