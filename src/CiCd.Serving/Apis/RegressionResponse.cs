using CiCd.Serving.Model;

namespace CiCd.Serving.Apis;

/// <summary>The answer of a regression model for one record: the predicted number (in the target's own scale) and which model answered.</summary>
public sealed record RegressionResponse(double Prediction, AnsweringModel Model);
