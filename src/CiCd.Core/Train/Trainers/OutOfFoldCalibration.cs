using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;

namespace CiCd.Train.Trainers;

/// <summary>
/// Fits an uncalibrated binary scorer on all rows, and a Platt calibrator on the scores that scorers fitted
/// on the other folds give each row (cross-fitting). A random forest nearly memorizes its training rows, so a
/// calibrator fitted on them learns a far too steep curve and the probabilities come out overconfident.
/// </summary>
internal sealed class OutOfFoldCalibration(MLContext ml, IEstimator<ITransformer> scorer, int folds) : IEstimator<ITransformer>
{
    private readonly int _folds = folds >= 2 ? folds : throw new ArgumentOutOfRangeException(nameof(folds), folds, "cross-fitting needs at least 2 folds");

    /// <inheritdoc />
    public ITransformer Fit(IDataView input)
    {
        // The scorer on all rows is fitted first, so it is the very model an in-sample calibration would wrap.
        var model = scorer.Fit(input);
        var outOfFold = new List<ScoredRow>();
        foreach (var split in ml.Data.CrossValidationSplit(input, _folds))
        {
            var scored = scorer.Fit(split.TrainSet).Transform(split.TestSet);
            outOfFold.AddRange(scored.GetColumn<float>(ColumnNames.Score)
                .Zip(scored.GetColumn<bool>(ColumnNames.Label), (score, label) => new ScoredRow { Score = score, Label = label }));
        }
        var calibrator = Calibrator().Fit(ml.Data.LoadFromEnumerable(outOfFold));
        return model.Append(calibrator);
    }

    /// <inheritdoc />
    public SchemaShape GetOutputSchema(SchemaShape inputSchema) => scorer.Append(Calibrator()).GetOutputSchema(inputSchema);

    private PlattCalibratorEstimator Calibrator() =>
        ml.BinaryClassification.Calibrators.Platt(labelColumnName: ColumnNames.Label, scoreColumnName: ColumnNames.Score);

    private sealed class ScoredRow
    {
        public float Score { get; set; }

        public bool Label { get; set; }
    }
}
