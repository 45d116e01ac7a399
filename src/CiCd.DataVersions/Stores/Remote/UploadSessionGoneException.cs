using CiCd.Errors;

namespace CiCd.DataVersions.Stores.Remote;

/// <summary>
/// A PATCH the registry answered 404: the upload session is gone (BLOB_UPLOAD_UNKNOWN, or BLOB_UPLOAD_INVALID after a
/// broken request), so the blob is sent again in a new one. Carries the registry's own answer for when retries run out.
/// </summary>
internal sealed class UploadSessionGoneException(MlopsException answer) : Exception(answer.Message, answer);
