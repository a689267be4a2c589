namespace JourneyBot.Maps;

/// <summary>The fixed words of the map's outputs; <see cref="IMapWords"/> gives each in the map's language.</summary>
public enum MapWord
{
    /// <summary>Heading of the workshop's goals.</summary>
    Goals,

    /// <summary>Heading above the stage columns' titles, e.g. "Stage".</summary>
    Stage,

    /// <summary>Lane titles.</summary>
    LaneTouchpoints,
    LanePainPoints,
    LaneKpis,
    LaneEmotions,

    /// <summary>Second line of a persona's lane title: "goal · actions · thoughts".</summary>
    LaneJourneySubtitle,

    /// <summary>Entry labels in a persona's lane.</summary>
    EntryGoal,
    EntryActions,
    EntryThoughts,

    /// <summary>A KPI's target, as in "Target 500".</summary>
    Target,

    /// <summary>The arrow label between stages: "move on".</summary>
    Conversion,

    /// <summary>Under the emotion chart: each point is the team's revealed mean for that persona in that stage.</summary>
    EmotionLegend,

    /// <summary>Instead of curves before the reveal: "Hidden until the facilitator reveals them ({0} scores given)".</summary>
    EmotionsHidden,

    /// <summary>When there is no stage or no persona yet.</summary>
    EmptyMapHint,

    /// <summary>The page's links to the exports.</summary>
    DownloadSpreadsheet,
    DownloadCsv,

    /// <summary>The page's heading of the stage-by-stage notes.</summary>
    NotesHeading,

    /// <summary>The workbook's first sheet and the grid CSV: "Map".</summary>
    GridSheet,

    /// <summary>Table titles.</summary>
    PersonasTable,
    TouchpointsTable,
    KpisTable,
    EvidenceTable,

    /// <summary>Column headers shared by several tables.</summary>
    ColumnName,
    ColumnStage,

    /// <summary>Persona table columns (the method's attribute groups).</summary>
    ColumnGoals,
    ColumnPainPoints,
    ColumnPreferredChannels,
    ColumnTypicalQuestions,
    ColumnDayInTheLife,
    ColumnTriggerEvents,
    ColumnJobTitle,
    ColumnReportsTo,
    ColumnAgeRange,
    ColumnGender,
    ColumnLocation,
    ColumnIncome,
    ColumnEducation,
    ColumnCompanySize,
    ColumnIndustry,
    ColumnRevenue,
    ColumnCompanyLocation,
    ColumnTechStack,
    ColumnWebActivity,
    ColumnPurchaseHistory,
    ColumnProductUsage,
    ColumnSupportContacts,
    ColumnResearchSources,

    /// <summary>Touchpoint table columns.</summary>
    ColumnCategory,
    ColumnMode,
    ColumnChannel,
    ColumnOwningTeam,
    ColumnChannelFit,
    ColumnSatisfaction,
    ColumnRatings,

    /// <summary>KPI table columns.</summary>
    ColumnValue,
    ColumnPeriod,
    ColumnTarget,
    ColumnSource,
    ColumnStageVolume,
    Yes,

    /// <summary>Evidence table columns.</summary>
    ColumnAbout,
    ColumnNote,
    ColumnBacking,
}
