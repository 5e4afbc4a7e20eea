using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsFacts.Contextual;
using NewsFacts.Entities.Tagging;
using NewsFacts.Facts;
using NewsFacts.Models;
using NewsFacts.Training.Facts;
using NewsFacts.Training.Ner;

namespace NewsFacts.Cli.Commands;

/// <summary><c>newsfacts eval facts</c> and <c>newsfacts eval ner</c>.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Measure extraction against gold data");
        command.Subcommands.Add(CreateFacts());
        command.Subcommands.Add(CreateNer());
        return command;
    }

    private static Command CreateFacts()
    {
        var gold = new Option<string>("--gold") { Description = "Gold facts (JSON Lines, the format of data/gold/*.jsonl)", Required = true };
        var predictions = new Option<string>("--predictions") { Description = "Output of newsfacts extract (JSON Lines)", Required = true };
        var command = new Command("facts", "Precision, recall and F1 of facts and entities as the guidelines score them") { gold, predictions };
        command.SetAction((result, _) => CliRunner.Run(() => Task.FromResult(EvaluateFacts(result.GetValue(gold)!, result.GetValue(predictions)!))));
        return command;
    }

    private static int EvaluateFacts(string goldPath, string predictionsPath)
    {
        RequireFile(goldPath);
        RequireFile(predictionsPath);
        var gold = GoldDocument.ReadAll(goldPath);
        var predictions = new Dictionary<string, DocumentRecord>(StringComparer.Ordinal);
        int number = 0;
        foreach (string line in File.ReadLines(predictionsPath))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var record = FactsJson.Deserialize(line);
                predictions[record.Id] = record;
            }
            catch (JsonException e)
            {
                throw new CliException(ExitCodes.DataError, $"{predictionsPath}:{number}: not a NewsFacts record: {e.Message}");
            }
        }

        var evaluation = FactEvaluator.Evaluate(gold, predictions);
        var o = Console.Out;
        o.WriteLine($"documents: {evaluation.Documents} gold, {evaluation.DocumentsMissing} without predictions");
        o.WriteLine();
        o.WriteLine($"{"relation",-22} {"gold",5} {"pred",5} {"match",5} {"P",6} {"R",6} {"F1",6} {"mod.acc",7} {"strictF1",8}");
        foreach (var (relation, counts) in evaluation.ByRelation)
        {
            WriteRow(o, relation, counts);
        }

        WriteRow(o, "ALL (triples)", evaluation.Overall);
        o.WriteLine();
        var ents = evaluation.Entities;
        o.WriteLine(F($"entities: gold {ents.Gold} predicted {ents.Predicted} matched {ents.Correct}  P {ents.Precision:F3} R {ents.Recall:F3} F1 {ents.F1:F3}"));
        var t = evaluation.Overall;
        o.WriteLine(F($"facts: triple P {t.Triple.Precision:F3} R {t.Triple.Recall:F3} F1 {t.Triple.F1:F3}; modality accuracy {t.ModalityAccuracy:F3}; strict P {t.Strict.Precision:F3} R {t.Strict.Recall:F3} F1 {t.Strict.F1:F3}"));
        return ExitCodes.Success;
    }

    private static void WriteRow(TextWriter o, string name, FactCounts c) =>
        o.WriteLine(F($"{name,-22} {c.Gold,5} {c.Predicted,5} {c.Matched,5} {c.Triple.Precision,6:F3} {c.Triple.Recall,6:F3} {c.Triple.F1,6:F3} {c.ModalityAccuracy,7:F3} {c.Strict.F1,8:F3}"));

    private static Command CreateNer()
    {
        var conll = new Option<string>("--conll") { Description = "A CoNLL-2003 file (token POS chunk NER)", Required = true };
        var predictions = new Option<string?>("--predictions") { Description = "Write 'token gold predicted' per token (IOB2) here" };
        var models = new Option<string?>("--models") { Description = "Directory holding ner.bin (default: the shipped model)" };
        var accurate = new Option<bool>("--accurate") { Description = "Evaluate the accurate mode's shipped model (NewsFacts.Contextual) instead" };
        var command = new Command("ner", "Entity-level P/R/F1 per type (conlleval semantics) and a confidence reliability table") { conll, predictions, models, accurate };
        command.SetAction((result, _) => CliRunner.Run(() => Task.FromResult(EvaluateNer(result.GetValue(conll)!, result.GetValue(predictions), result.GetValue(models), result.GetValue(accurate)))));
        return command;
    }

    private static int EvaluateNer(string conllPath, string? predictionsPath, string? models, bool accurate)
    {
        RequireFile(conllPath);
        if (accurate && models is not null)
        {
            throw new CliException(ExitCodes.Usage, "Give --accurate or --models, not both.");
        }

        var source = accurate ? new NewsFactsOptions().UseContextualEntities().EntityModelSource : null;
        var model = ModelStore.LoadEntityModel(models, source) ?? throw new CliException(ExitCodes.DataError, "No entity model is shipped or given with --models.");
        var sentences = ConllCorpus.Read(conllPath);
        // A model of the accurate mode names its encoder; NewsFacts.Contextual provides them.
        string? encoderName = (model.First.Contextual ?? model.Second?.Contextual)?.Encoder;
        var encoder = encoderName is null ? null
            : ContextualEntities.EncoderForName(encoderName) ?? throw new CliException(ExitCodes.DataError, $"The entity model needs the unknown contextual encoder '{encoderName}'.");
        using var disposable = encoder as IDisposable;
        var evaluation = NerEvaluator.Evaluate(new EntityTagger(model, encoder), sentences);
        var o = Console.Out;
        o.WriteLine($"{"type",-8} {"gold",6} {"pred",6} {"correct",7} {"P",7} {"R",7} {"F1",7}");
        foreach (var type in evaluation.Scores.Types)
        {
            WriteScore(o, NerEvaluator.TypeName(type), evaluation.Scores.For(type));
        }

        WriteScore(o, "ALL", evaluation.Scores.Overall);
        o.WriteLine();
        o.WriteLine("confidence reliability (predicted mentions):");
        o.WriteLine($"{"confidence",-12} {"mentions",8} {"mean conf",9} {"precision",9}");
        foreach (var bin in NerEvaluator.Reliability(evaluation.Mentions, [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0]))
        {
            o.WriteLine(F($"{bin.Low:F2}-{bin.High:F2}    {bin.Count,8} {bin.MeanConfidence,9:F3} {bin.Accuracy,9:F3}"));
        }

        if (predictionsPath is not null)
        {
            using var writer = new StreamWriter(predictionsPath) { NewLine = "\n" };
            NerEvaluator.WritePredictions(writer, sentences, evaluation.Predictions);
        }

        return ExitCodes.Success;
    }

    private static void WriteScore(TextWriter o, string name, Score s) =>
        o.WriteLine(F($"{name,-8} {s.Gold,6} {s.Predicted,6} {s.Correct,7} {s.Precision,7:F4} {s.Recall,7:F4} {s.F1,7:F4}"));

    internal static void RequireFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException(ExitCodes.InputError, $"File not found: '{path}'.");
        }
    }

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
