using System.Text;
using NewsFacts.Models;

namespace NewsFacts.Entities.Tagging;

/// <summary>
/// The shipped entity model: a first-pass tagger and, optionally, a second-pass tagger that also sees
/// document context computed from the first pass. Stored as <c>NFENT02\n</c>, the number of passes, the calibration, then
/// each <see cref="TaggerModel"/>.
/// </summary>
internal sealed class EntityModel
{
    private static ReadOnlySpan<byte> Magic => "NFENT02\n"u8;

    public EntityModel(TaggerModel first, TaggerModel? second, float calibrationSlope = 1, float calibrationIntercept = 0)
    {
        if (first.Stacked || second is { Stacked: false })
        {
            throw new ArgumentException("The first pass must be unstacked and the second stacked.");
        }

        First = first;
        Second = second;
        CalibrationSlope = calibrationSlope;
        CalibrationIntercept = calibrationIntercept;
    }

    /// <summary>Platt scaling of a mention's log tag probability: confidence = σ(slope · ln p + intercept).</summary>
    public float CalibrationSlope { get; set; }

    /// <summary>See <see cref="CalibrationSlope"/>.</summary>
    public float CalibrationIntercept { get; set; }

    /// <summary>
    /// The confidence of a mention from its tokens' tag probabilities: their product (the probability of the
    /// mention's tag path given its start), mapped through the Platt scaling fitted on the tuning set.
    /// </summary>
    public float MentionConfidence(ReadOnlySpan<float> tokenProbabilities)
    {
        double logP = 0;
        foreach (float p in tokenProbabilities)
        {
            logP += Math.Log(Math.Max(p, 1e-9f));
        }

        return (float)(1 / (1 + Math.Exp(-((CalibrationSlope * logP) + CalibrationIntercept))));
    }

    public TaggerModel First { get; }

    public TaggerModel? Second { get; }

    public void Save(Stream stream)
    {
        stream.Write(Magic);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Second is null ? 1 : 2);
            writer.Write(CalibrationSlope);
            writer.Write(CalibrationIntercept);
        }

        First.Save(stream);
        Second?.Save(stream);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The data is not an entity model, or it is truncated.</exception>
    public static EntityModel Load(Stream stream) => ModelFile.Read(stream, Read, "entity model");

    private static EntityModel Read(Stream stream)
    {
        ModelFile.ExpectHeader(stream, Magic, "entity model");

        int passes;
        float slope, intercept;
        using (var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true))
        {
            passes = reader.ReadInt32();
            slope = reader.ReadSingle();
            intercept = reader.ReadSingle();
        }

        if (passes is not (1 or 2))
        {
            throw new InvalidDataException($"The entity model has {passes} passes; 1 or 2 expected.");
        }

        var first = TaggerModel.Load(stream);
        return new EntityModel(first, passes == 2 ? TaggerModel.Load(stream) : null, slope, intercept);
    }
}
