using System.Buffers.Binary;
using System.Text;

namespace CiCd.Train;

/// <summary>
/// Puts the blocks of an ML.NET binary data view (<c>.idv</c>: how a saved model keeps a term map, such as a categorical
/// column's levels) in one order. ML.NET's saver compresses blocks on one thread per core and writes each as soon as it
/// is ready (an ordered write is an internal option), so one German credit model in nine came out with the same blocks
/// in another order, and another sha256. The blocks are laid out by block then column, as an unhurried save writes
/// them, and each column's lookup table is pointed at the new places; nothing else moves, since the blocks fill one
/// contiguous stretch after the header whatever their order.
/// </summary>
/// <remarks>
/// ML.NET's IDV layout: a 256-byte header (signature; the table of contents' offset at 24; the row count at 40; the
/// column count at 48), the blocks, a lookup table per column (per block: its offset, its length, its length
/// uncompressed), the metadata, and the table of contents (per column: name, codec, compression, rows per block, the
/// lookup table's offset, the metadata's offset).
/// </remarks>
public static class IdvBlockOrder
{
    private const int HeaderSize = 256;
    private const ulong Signature = 0x00425644004C4D43;
    private const int LookupEntrySize = 16;

    /// <summary>A block: its column, its number in the column, where its lookup entry is, where it is and how long.</summary>
    internal readonly record struct Block(int Column, long Index, long Entry, long Offset, int Length);

    /// <summary>The data view with its blocks by block then column; bytes that are not a data view this can read come back as they are.</summary>
    public static byte[] Canonical(byte[] idv) =>
        Reorder(idv, (a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : a.Column.CompareTo(b.Column));

    /// <summary>The data view with its blocks laid out in <paramref name="order"/> (the tests also lay them out as a race would).</summary>
    internal static byte[] Reorder(byte[] idv, Comparison<Block> order)
    {
        if (Blocks(idv) is not { } blocks)
        {
            return idv;
        }
        var result = (byte[])idv.Clone();
        var position = (long)HeaderSize;
        foreach (var block in blocks.Order(Comparer<Block>.Create(order)))
        {
            Array.Copy(idv, block.Offset, result, position, block.Length);
            BinaryPrimitives.WriteInt64LittleEndian(result.AsSpan(checked((int)block.Entry)), position);
            position += block.Length;
        }
        return result;
    }

    // Every block of every column, or null when the bytes are not a data view whose blocks fill the stretch after the header.
    private static List<Block>? Blocks(byte[] idv)
    {
        if (idv.Length < HeaderSize || BinaryPrimitives.ReadUInt64LittleEndian(idv) != Signature)
        {
            return null;
        }
        var contents = BinaryPrimitives.ReadInt64LittleEndian(idv.AsSpan(24));
        var rows = BinaryPrimitives.ReadInt64LittleEndian(idv.AsSpan(40));
        var columns = BinaryPrimitives.ReadInt32LittleEndian(idv.AsSpan(48));
        if (contents < HeaderSize || contents >= idv.Length || rows < 0 || columns < 0)
        {
            return null;
        }
        try
        {
            var blocks = new List<Block>();
            using var reader = new BinaryReader(new MemoryStream(idv) { Position = contents }, Encoding.UTF8);
            for (var column = 0; column < columns; column++)
            {
                reader.ReadString(); // the column's name
                reader.ReadString(); // the codec's name
                var parameters = Leb128(reader); // read before the position is: `Position += Leb128(…)` would undo the read
                reader.BaseStream.Position += parameters;
                reader.ReadByte(); // the compression
                var rowsPerBlock = Leb128(reader);
                var lookup = reader.ReadInt64();
                reader.ReadInt64(); // the metadata's offset
                if (rowsPerBlock <= 0)
                {
                    return null;
                }
                var count = (rows + rowsPerBlock - 1) / rowsPerBlock;
                for (var index = 0L; index < count; index++)
                {
                    var entry = lookup + (index * LookupEntrySize);
                    var at = idv.AsSpan(checked((int)entry), LookupEntrySize);
                    blocks.Add(new Block(column, index, entry, BinaryPrimitives.ReadInt64LittleEndian(at), BinaryPrimitives.ReadInt32LittleEndian(at[8..])));
                }
            }
            return FillTheStretchAfterTheHeader(blocks, idv.Length) ? blocks : null;
        }
        catch (Exception e) when (e is EndOfStreamException or ArgumentOutOfRangeException or OverflowException or IOException)
        {
            return null;
        }
    }

    // The blocks, by offset, follow one another from the header on without a gap or an overlap, within the file.
    private static bool FillTheStretchAfterTheHeader(List<Block> blocks, long length)
    {
        var next = (long)HeaderSize;
        foreach (var block in blocks.OrderBy(b => b.Offset))
        {
            if (block.Offset != next || block.Length < 0 || block.Offset + block.Length > length)
            {
                return false;
            }
            next += block.Length;
        }
        return true;
    }

    private static long Leb128(BinaryReader reader)
    {
        var value = 0L;
        for (var shift = 0; shift < 63; shift += 7)
        {
            var part = reader.ReadByte();
            value |= (long)(part & 0x7F) << shift;
            if ((part & 0x80) == 0)
            {
                return value;
            }
        }
        throw new IOException("a LEB128 number longer than 63 bits");
    }
}
