using GraphQL.Types;
using KenpoGraph.Api.DataVersions;
using KenpoGraph.Api.Measures;
using KenpoGraph.Api.OrgUnits;
using KenpoGraph.Api.Schema;
using KenpoGraph.Warehouse.Diffing;
using KenpoGraph.Warehouse.Model;

namespace KenpoGraph.Api.Subscriptions;

internal sealed class DataVersionPublishedType : ObjectGraphType<PublishedChangeView>
{
    public DataVersionPublishedType()
    {
        Name = "DataVersionPublished";
        this.Says("One publish as this caller may see it (its branches, its permissions, the subscription's filters).", "データ版公開の通知。");
        Field<NonNullGraphType<DataVersionType>>("dataVersion").Says("The version now current: id, when, digest, row counts.", "新しいデータ版。")
            .Resolve(c => c.Source.Event.Version);
        Field<IntGraphType>("previousDataVersion").Says("The version it replaced; null on the first publish this server saw.", "直前のデータ版。")
            .Resolve(c => c.Source.Event.PreviousVersion);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("noticedAt").Says("When this server noticed the publish (UTC); publish to event is at most Subscriptions:PollIntervalMilliseconds.", "検知日時。")
            .Resolve(c => c.Source.Event.NoticedAt);
        Field<NonNullGraphType<BooleanGraphType>>("changesKnown").Says("False when the previous version is no longer stored: refresh everything.", "変更内容が分かるか。")
            .Resolve(c => c.Source.ChangesKnown);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TableChangeType>>>>("tables").Says("Changed tables (rows added, changed, removed) the caller may see; empty when filtered by measures or orgUnits.", "変更された表。")
            .Resolve(c => c.Source.Tables);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrgUnitChangeType>>>>("orgUnits").Says("Org units whose rows changed, with the measures whose figures moved.", "変更のあった組織。")
            .Resolve(c => c.Source.OrgUnits);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NationalFigureChangeType>>>>("nationalFigures").Says("National figures that moved (before, after).", "変動した全国値。")
            .Resolve(c => c.Source.NationalFigures);
    }
}

internal sealed class TableChangeType : ObjectGraphType<TableChangeView>
{
    public TableChangeType()
    {
        Name = "TableChange";
        this.Says("Rows of one warehouse table that a publish added, changed or removed.", "表の変更件数。");
        Field(x => x.Table).Says("Warehouse table, e.g. fact_observation.", "表名。");
        Field(x => x.Added).Says("Rows added.", "追加行数。");
        Field(x => x.Changed).Says("Rows changed.", "変更行数。");
        Field(x => x.Removed).Says("Rows removed.", "削除行数。");
    }
}

internal sealed class OrgUnitChangeType : ObjectGraphType<OrgUnitChangeView>
{
    public OrgUnitChangeType()
    {
        Name = "OrgUnitChange";
        this.Says("One org unit's rows that a publish changed, over all tables.", "組織ごとの変更。");
        Field(x => x.Code).Says("Org unit code (00 or 01–47).", "組織コード。");
        Field<OrgUnitType>("orgUnit").Says("The org unit itself, as queries read it.", "組織。")
            .Resolve(c => c.LoadByKey<OrgUnit, string>(c.Source.Code, x => x.Code));
        Field(x => x.Added).Says("Rows added.", "追加行数。");
        Field(x => x.Changed).Says("Rows changed.", "変更行数。");
        Field(x => x.Removed).Says("Rows removed.", "削除行数。");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("measures").Says("Measures whose figures of this org unit moved.", "変動した指標。")
            .Resolve(c => c.Source.Measures);
    }
}

internal sealed class NationalFigureChangeType : ObjectGraphType<NationalFigureChange>
{
    public NationalFigureChangeType()
    {
        Name = "NationalFigureChange";
        this.Says("A national figure that a publish moved.", "全国値の変動。");
        Field(x => x.Measure).Says("Measure code.", "指標コード。");
        Field<MeasureType>("measureInfo").Says("The measure itself, as queries read it.", "指標。")
            .Resolve(c => c.LoadByKey<Measure, string>(c.Source.Measure, x => x.Code));
        Field(x => x.FiscalYear).Says("Fiscal year.", "年度。");
        Field<NonNullGraphType<NationalFigureSourceType>>("source").Says("Published by the headquarters (00) or rolled up from the branches.", "出所。")
            .Resolve(c => c.Source.Source);
        Field<ExactDecimalGraphType>("before").Says("Value before; null when the figure is new.", "変更前。").Resolve(c => c.Source.Before);
        Field<ExactDecimalGraphType>("after").Says("Value after; null when the figure is gone.", "変更後。").Resolve(c => c.Source.After);
        Field<ExactDecimalGraphType>("difference").Says("after − before.", "差。").Resolve(c => c.Source.Difference);
    }
}

internal sealed class NationalFigureSourceType : EnumerationGraphType<NationalFigureSource>
{
    public NationalFigureSourceType()
    {
        Name = "NationalFigureSource";
        this.Says("Where a national figure comes from.", "全国値の出所。");
        Values.FindByValue(NationalFigureSource.Headquarters)!.Description = "本部: fact_observation of 00, as the sources print it.";
        Values.FindByValue(NationalFigureSource.NationalRollup)!.Description = "全国集計: the 47 branches rolled up by the measure's rule.";
    }
}
