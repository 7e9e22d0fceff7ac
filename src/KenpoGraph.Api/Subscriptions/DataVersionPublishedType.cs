using GraphQL.Types;
using KenpoGraph.Api.DataVersions;
using KenpoGraph.Api.Schema;

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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TableChangeType>>>>("tables")
            .Says("Changed tables (rows added, changed, removed) the caller may see; empty when filtered by measures or orgUnits.", "変更された表。")
            .Resolve(c => c.Source.Tables);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrgUnitChangeType>>>>("orgUnits").Says("Org units whose rows changed, with the measures whose figures moved.", "変更のあった組織。")
            .Resolve(c => c.Source.OrgUnits);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NationalFigureChangeType>>>>("nationalFigures").Says("National figures that moved (before, after).", "変動した全国値。")
            .Resolve(c => c.Source.NationalFigures);
    }
}
