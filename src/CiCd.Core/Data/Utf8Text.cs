using System.Buffers;
using System.Text;
using System.Text.Unicode;
using CiCd.Errors;

namespace CiCd.Data;

/// <summary>Decodes a data file as strict UTF-8; the first invalid byte is reported at its line and byte column.</summary>
internal static class Utf8Text
{
    public static string Decode(string path, byte[] bytes)
    {
        var chars = new char[bytes.Length];
        if (Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            return new string(chars, 0, written);
        }
        var before = bytes.AsSpan(0, read);
        var line = before.Count((byte)'\n') + 1;
        var column = read - (before.LastIndexOf((byte)'\n') + 1) + 1;
        throw new InputException(path, line, column,
            $"the file is not UTF-8 text: byte 0x{bytes[read]:X2} at offset {read} (save it as UTF-8; Latin-1 or Windows-1252 files need converting)",
            new DecoderFallbackException());
    }
}
