using System.Globalization;
using System.Text.Json;

namespace CiCd.Serving.Input;

/// <summary>
/// Most JSON values (tokens) a body may hold: what <c>maxRows</c> records of the model's columns take, plus room for
/// params and ignored keys. The parser keeps 12 bytes for each value of the body, so 32 MiB of <c>{},</c> held
/// 270 MB (and eight such bodies at once took the service to 5.1 GB) before the row limit was checked.
/// </summary>
public static class JsonValueBudget
{
    /// <summary>Values allowed besides the rows: params, column names, keys MLflow's protocol ignores.</summary>
    public const long Slack = 65_536;

    /// <summary>The budget of a body of at most <paramref name="maxRows"/> rows for <paramref name="schema"/>.</summary>
    public static long For(FeatureSchema schema, int maxRows)
    {
        // A record: its braces, and a name and a value per column it may carry (the features, the target, ignored columns).
        var columns = schema.Features.Count + schema.IgnoredColumns.Count + (schema.Target is null ? 0 : 1);
        return (long)maxRows * (2 + 2L * columns) + Slack;
    }

    /// <summary>Refuses (413) a body holding more than <paramref name="budget"/> values, counting without parsing.</summary>
    public static void Check(ReadOnlySpan<byte> body, long budget)
    {
        // Every value takes at least a byte, so a body no longer than the budget needs no count.
        if (body.Length <= budget)
        {
            return;
        }
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = JsonBody.MaxDepth });
        long values = 0;
        try
        {
            while (reader.Read())
            {
                if (++values > budget)
                {
                    throw new InputProblemException(StatusCodes.Status413PayloadTooLarge, "Too many values",
                        $"the JSON body holds more than {budget.ToString("N0", CultureInfo.InvariantCulture)} values, more than the row limit's records of this model's columns take");
                }
            }
        }
        catch (JsonException)
        {
            // Malformed before the budget ran out: the parser says where.
        }
    }
}
