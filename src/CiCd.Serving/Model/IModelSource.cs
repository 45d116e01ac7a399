using Microsoft.Extensions.Primitives;

namespace CiCd.Serving.Model;

/// <summary>
/// Where the served model comes from: a folder or model.zip, or a registry alias or pinned version. The service asks
/// it where the current version is, and listens to its change token to know when to reload.
/// </summary>
public interface IModelSource
{
    /// <summary>How the source is named in logs and in <c>/v1/model</c>.</summary>
    string Description { get; }

    /// <summary>What a change signalled by <see cref="Watch"/> is called in the reload metric and log (file, alias).</summary>
    string ChangeTrigger { get; }

    /// <summary>The files of the version to serve now; throws <see cref="ModelRejectedException"/> when they cannot be found.</summary>
    ModelFiles Locate();

    /// <summary>Fires when the served version may have changed (files rewritten, alias moved).</summary>
    IChangeToken Watch();
}
