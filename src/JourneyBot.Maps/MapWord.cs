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

    /// <summary>Step 6 lane titles: the analysis' findings and the team's ideas (opportunities).</summary>
    LaneFindings,
    LaneOpportunities,

    /// <summary>The cell of a step 6 lane for what is about no one stage, e.g. "Whole journey".</summary>
    WholeJourney,

    /// <summary>Step 6 table titles (sheets, CSV files, page sections).</summary>
    FindingsTable,
    IdeasTable,

    /// <summary>Findings table columns.</summary>
    ColumnSeverity,
    ColumnKind,
    ColumnPersona,
    ColumnSubject,
    ColumnNumbers,
    ColumnFinding,
    ColumnId,

    /// <summary>Labels of a finding's numbers, as in "mean -1.5 · scores 2".</summary>
    NumberMean,
    NumberSpread,
    NumberSatisfaction,
    NumberScore,
    NumberVolume,
    NumberRate,
    NumberShare,
    NumberCount,

    /// <summary>Ideas table columns (votes and scores only once voting has closed).</summary>
    ColumnRank,
    ColumnIdea,
    ColumnDescription,
    ColumnGoal,
    ColumnVotes,
    ColumnVoters,
    ColumnCustomerImpact,
    ColumnBusinessImpact,
    ColumnEffort,
    ColumnQuadrant,
    ColumnShortlisted,

    /// <summary>An idea's place in the ranking: "#{0}" ("{0}위" in Korean).</summary>
    RankLabel,

    /// <summary>The page: above the findings when only the most severe are listed: "The {0} most severe of {1} findings".</summary>
    FindingsLeftOut,

    /// <summary>The page: heading of the ideas ranked after the vote, and of the impact x effort grid.</summary>
    RankedIdeasHeading,
    GridHeading,

    /// <summary>The page, while voting is open or not opened: votes and scores stay private until a facilitator closes it.</summary>
    VotesPrivate,

    /// <summary>The grid's axes.</summary>
    HighImpact,
    LowImpact,
    LowEffort,
    HighEffort,

    /// <summary>Step 7's comparison on the page: "Since version {0}" (the map's own version before).</summary>
    ComparisonSince,

    /// <summary>The same for a future-state map against its current-state map: "Since the current state ({0}, version {1})".</summary>
    ComparisonSinceCurrentState,

    /// <summary>Under the heading: what is compared with what, "{0}" the older version's number, "{1}" the day it was finished.</summary>
    ComparisonBasis,

    /// <summary>The comparison's sheet and CSV file title.</summary>
    ComparisonTable,

    /// <summary>Comparison table columns (with <see cref="ColumnSubject"/>).</summary>
    ColumnWhat,
    ColumnBefore,
    ColumnAfter,
    ColumnChange,

    /// <summary>
    /// The comparison's parts and what a part with nothing in it says: the versions card's own words (the app gives them
    /// from the card's texts of the same name, so the card and the outputs say the same).
    /// </summary>
    ComparisonKpis,
    ComparisonNoKpis,
    ComparisonEmotions,
    ComparisonNoEmotions,
    ComparisonNewPainPoints,
    ComparisonGonePainPoints,
    ComparisonActionsDone,
    ComparisonActionsDropped,
    ComparisonNone,
}
