using CiCd.Data;
using CiCd.Testing;
using CiCd.Train;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CiCd.Core.Tests.Train;

public sealed class TableDataViewTests
{
    private static Dataset Load(ConfigBuilder config, CsvBuilder csv) =>
        DatasetLoader.Load(CsvReader.Parse("data.csv", csv.Build()), config.Parse().Dataset);

    // Every column of the view as text, row by row: what ML.NET reads through the cursor's getters.
    private static List<string> Rows(IDataView view)
    {
        var rows = new List<string>();
        using var cursor = view.GetRowCursor(view.Schema);
        var getters = view.Schema.Select(column => Getter(cursor, column)).ToList();
        while (cursor.MoveNext())
        {
            rows.Add(string.Join(" | ", getters.Select(get => get())));
        }
        return rows;
    }

    private static Func<string> Getter(DataViewRowCursor cursor, DataViewSchema.Column column)
    {
        if (column.Type is NumberDataViewType number && number.RawType == typeof(float))
        {
            var get = cursor.GetGetter<float>(column);
            return () => { var value = 0f; get(ref value); return BitConverter.SingleToInt32Bits(value).ToString(System.Globalization.CultureInfo.InvariantCulture); };
        }
        if (column.Type is BooleanDataViewType)
        {
            var get = cursor.GetGetter<bool>(column);
            return () => { var value = false; get(ref value); return value.ToString(); };
        }
        if (column.Type is KeyDataViewType)
        {
            var get = cursor.GetGetter<uint>(column);
            return () => { var value = 0u; get(ref value); return value.ToString(System.Globalization.CultureInfo.InvariantCulture); };
        }
        var text = cursor.GetGetter<ReadOnlyMemory<char>>(column);
        return () => { var value = default(ReadOnlyMemory<char>); text(ref value); return value.ToString(); };
    }

    public sealed class TheOfMethod
    {
        public static TheoryData<string> Tasks() => ["binary", "multiclass", "regression"];

        [Theory]
        [MemberData(nameof(Tasks))]
        public void Should_Read_The_Given_Rows_In_Their_Order_As_A_Copy_Of_Them_Reads(string task)
        {
            // Given
            var data = task switch
            {
                "binary" => Load(new ConfigBuilder(), CsvBuilder.Tiny(60)),
                "multiclass" => Load(new ConfigBuilder().Multiclass(), CsvBuilder.TinyMulticlass(60)),
                _ => Load(new ConfigBuilder().Regression(), CsvBuilder.TinyRegression(60)),
            };
            int[] rows = [59, 3, 3, 17, 0, 42];

            // When
            var view = TableDataView.Of(data, rows);

            // Then
            var copy = TableDataView.Of(data.Select(rows));
            Assert.Equal(copy.Schema.Select(c => (c.Name, c.Type.ToString())), view.Schema.Select(c => (c.Name, c.Type.ToString())));
            Assert.Equal(rows.Length, view.GetRowCount());
            Assert.Equal(Rows(copy), Rows(view));
        }

        [Fact]
        public void Should_Read_Every_Row_When_No_Rows_Are_Given()
        {
            // Given
            var data = Load(new ConfigBuilder(), CsvBuilder.Tiny(30));

            // When
            var view = TableDataView.Of(data, null);

            // Then
            Assert.Equal(Rows(TableDataView.Of(data)), Rows(view));
            Assert.Equal(30, view.GetRowCount());
        }
    }
}
