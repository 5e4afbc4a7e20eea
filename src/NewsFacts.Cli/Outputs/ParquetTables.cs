using NewsFacts.Training.Facts;
using NewsFacts.Facts;

namespace NewsFacts.Cli.Outputs;

/// <summary>documents.parquet: one row per document, in input order (the error columns are null for a success).</summary>
internal sealed class DocumentsTable : ParquetTable
{
    private readonly StringColumn _id = new("id"), _errorCode = new("error_code"), _errorMessage = new("error_message");
    private readonly IntColumn _entities = new("entity_count"), _facts = new("fact_count");

    protected override IReadOnlyList<ParquetColumn> Columns => [_id, _errorCode, _errorMessage, _entities, _facts];

    public void Add(DocumentRecord record)
    {
        _id.Add(record.Id);
        _errorCode.Add(record.Error?.Code);
        _errorMessage.Add(record.Error?.Message);
        _entities.Add(record.Entities?.Count ?? 0);
        _facts.Add(record.Facts?.Count ?? 0);
        BufferedRows++;
    }
}

/// <summary>entities.parquet: one row per entity mention, keyed by document_id.</summary>
internal sealed class EntitiesTable : ParquetTable
{
    private readonly StringColumn _document = new("document_id"), _text = new("text"), _canonical = new("canonical"), _type = new("type");
    private readonly IntColumn _start = new("start"), _end = new("end");
    private readonly DoubleColumn _confidence = new("confidence");

    protected override IReadOnlyList<ParquetColumn> Columns => [_document, _text, _canonical, _type, _start, _end, _confidence];

    public void Add(DocumentRecord record)
    {
        foreach (var e in record.Entities ?? [])
        {
            _document.Add(record.Id);
            _text.Add(e.Text);
            _canonical.Add(e.Canonical);
            _type.Add(ContractNames<EntityType>.Of(e.Type));
            _start.Add(e.Start);
            _end.Add(e.End);
            _confidence.Add(e.Confidence);
            BufferedRows++;
        }
    }
}

/// <summary>facts.parquet: one flat row per fact (subject, object, evidence and attributes as columns), keyed by document_id.</summary>
internal sealed class FactsTable : ParquetTable
{
    private readonly StringColumn _document = new("document_id"), _relation = new("relation"), _modality = new("modality");
    private readonly DoubleColumn _confidence = new("confidence");
    private readonly StringColumn _subjectText = new("subject_text"), _subjectCanonical = new("subject_canonical"), _subjectType = new("subject_type");
    private readonly IntColumn _subjectStart = new("subject_start"), _subjectEnd = new("subject_end");
    private readonly StringColumn _objectText = new("object_text"), _objectCanonical = new("object_canonical"), _objectType = new("object_type");
    private readonly IntColumn _objectStart = new("object_start"), _objectEnd = new("object_end");
    private readonly IntColumn _evidenceStart = new("evidence_start"), _evidenceEnd = new("evidence_end");
    private readonly StringColumn _evidenceText = new("evidence_text"), _role = new("role"), _amount = new("amount"), _source = new("source");

    protected override IReadOnlyList<ParquetColumn> Columns =>
    [
        _document, _relation, _modality, _confidence,
        _subjectText, _subjectCanonical, _subjectType, _subjectStart, _subjectEnd,
        _objectText, _objectCanonical, _objectType, _objectStart, _objectEnd,
        _evidenceStart, _evidenceEnd, _evidenceText, _role, _amount, _source,
    ];

    public void Add(DocumentRecord record)
    {
        foreach (var f in record.Facts ?? [])
        {
            _document.Add(record.Id);
            _relation.Add(ContractNames<RelationType>.Of(f.Relation));
            _modality.Add(ContractNames<Modality>.Of(f.Modality));
            _confidence.Add(f.Confidence);
            (_subjectText, _subjectCanonical, _subjectType, _subjectStart, _subjectEnd).AddRef(f.Subject);
            (_objectText, _objectCanonical, _objectType, _objectStart, _objectEnd).AddRef(f.Object);
            _evidenceStart.Add(f.Evidence.Start);
            _evidenceEnd.Add(f.Evidence.End);
            _evidenceText.Add(f.Evidence.Text);
            _role.Add(f.Attributes.Role);
            _amount.Add(f.Attributes.Amount);
            _source.Add(f.Attributes.Source);
            BufferedRows++;
        }
    }
}

/// <summary>Fills the five columns of an entity reference.</summary>
internal static class EntityRefColumns
{
    public static void AddRef(this (StringColumn Text, StringColumn Canonical, StringColumn Type, IntColumn Start, IntColumn End) columns, EntityRef entity)
    {
        columns.Text.Add(entity.Text);
        columns.Canonical.Add(entity.Canonical);
        columns.Type.Add(ContractNames<EntityType>.Of(entity.Type));
        columns.Start.Add(entity.Start);
        columns.End.Add(entity.End);
    }
}
