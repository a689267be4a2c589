namespace JourneyBot.Maps.Page;

/// <summary>
/// The page's one stylesheet, inline: system fonts with Korean fallbacks, a map table that scrolls sideways on screen, and a print
/// layout that puts the whole map of 8 stages on one A3 landscape sheet with step 6, step 7's comparison and the lists on the pages after it (the
/// findings and opportunities lanes show on screen only: in print their content is the step 6 section's).
/// </summary>
internal static class PageStyle
{
    public const string Css = """
        :root { color-scheme: light; --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; --accent: #0b5cad; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; padding: 1rem; color: var(--ink); background: #fff; font-size: .875rem; line-height: 1.4;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans KR", "Noto Sans CJK KR",
            "Malgun Gothic", "Apple SD Gothic Neo", sans-serif;
          -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        html:lang(ko) body { font-family: "Noto Sans KR", "Noto Sans CJK KR", "Malgun Gothic", "Apple SD Gothic Neo", system-ui,
          -apple-system, "Segoe UI", sans-serif; word-break: keep-all; }
        header { margin: 0 0 .75rem; }
        h1 { font-size: 1.5rem; line-height: 1.2; margin: 0; overflow-wrap: anywhere; }
        .subtitle { margin: .15rem 0 0; color: var(--muted); }
        .downloads { display: flex; flex-wrap: wrap; gap: .35rem 1.25rem; margin: .5rem 0 0; padding: 0; list-style: none; }
        a { color: var(--accent); }
        .empty { padding: 1rem; border: 1px dashed var(--line); color: var(--muted); }
        .sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
        .scroll { position: relative; overflow-x: auto; max-width: 100%; }
        .scroll:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
        table { border-collapse: collapse; }
        .lanes { table-layout: fixed; width: 100%; min-width: calc(7.5rem + var(--stages, 1) * 9.5rem); }
        .lanes caption { text-align: left; font-weight: 600; font-size: 1rem; padding: 0 0 .35rem; }
        .lanes .lane-col { width: 7.5rem; }
        .lanes th, .lanes td { border: 1px solid var(--line); padding: .3rem .4rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        .lanes thead th { background: #24292f; color: #fff; font-weight: 600; }
        .lanes th[scope=row], .lanes thead th:first-child { position: sticky; left: 0; z-index: 1; }
        .lanes th[scope=row] { background: var(--soft); font-weight: 600; }
        .lanes .journey th[scope=row] { box-shadow: inset .3rem 0 0 var(--persona); padding-left: .6rem; }
        .lane-sub { display: block; font-weight: 400; font-size: .8em; color: var(--muted); }
        .entries { list-style: none; margin: 0; padding: 0; }
        .entries li { white-space: pre-line; }
        .entries li + li { margin-top: .25rem; }
        .label { font-weight: 600; color: var(--muted); }
        .entries .label::after { content: ": "; }
        .badge { display: inline-block; font-size: .75em; font-weight: 600; line-height: 1.3; padding: 0 .4em; margin-right: .3em; border-radius: .65em; border: 1px solid; }
        .online .badge { background: #0b5cad; border-color: #0b5cad; color: #fff; }
        .offline .badge { background: #fff; border-color: #8a5a00; border-style: dashed; color: #6b4600; }
        .pain { border-left: .2rem solid var(--persona); padding-left: .3rem; }
        .pain .label { color: var(--ink); }
        .mark { width: .85em; height: .85em; vertical-align: -.08em; margin-right: .3em; }
        .conversions th[scope=row] { font-weight: 400; color: var(--muted); }
        .conversion { display: block; text-align: right; font-weight: 600; white-space: nowrap; }
        .lanes .emotions td { padding: 0; }
        .chart { display: block; width: 100%; height: 12rem; overflow: visible; }
        .chart .grid { stroke: #d8dee4; }
        .chart .zero { stroke: #8c959f; }
        .chart .column { stroke: #eaeef2; }
        .chart .axis { font-size: .75rem; fill: var(--muted); }
        .chart-key { padding: .3rem .4rem; }
        .legend { list-style: none; display: flex; flex-wrap: wrap; gap: .15rem 1rem; margin: 0; padding: 0; }
        .note { margin: .15rem 0 0; color: var(--muted); font-size: .85em; }
        .hidden-note { margin: 0; padding: .6rem .4rem; color: var(--muted); }
        .lists h2 { font-size: 1.1rem; margin: 1.5rem 0 .4rem; }
        .goals ol { margin: 0; padding-left: 1.5rem; }
        .list { width: 100%; font-size: .8125rem; }
        .list th, .list td { border: 1px solid var(--line); padding: .25rem .4rem; text-align: left; vertical-align: top; white-space: pre-line; overflow-wrap: break-word; }
        .list thead th { background: var(--soft); }
        .list .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .finding .badge { color: #fff; }
        .finding.high .badge { background: #b42318; border-color: #b42318; }
        .finding.medium .badge { background: #8f5000; border-color: #8f5000; }
        .finding.low .badge { background: #fff; border-color: #6e7781; color: #57606a; }
        .findings { margin: 0; padding-left: 1.75rem; }
        .findings li + li { margin-top: .2rem; }
        .findings .kind { font-weight: 600; margin-right: .35em; }
        .entries.spread { columns: 18rem; column-gap: 1.5rem; }
        .entries.spread li { break-inside: avoid; }
        .idea .label { color: var(--ink); }
        .star { color: #b88600; margin-right: .25em; }
        .shortlisted { background: #fff3c4; }
        .idea.shortlisted { padding: 0 .2rem; border-radius: .2rem; }
        .ideas { margin: 0; padding-left: 1.25rem; }
        .idea-title { font-weight: 600; }
        .idea-detail { display: block; color: var(--muted); }
        .analysis h3, .comparison h3 { font-size: 1rem; margin: 1rem 0 .35rem; }
        .changes { width: auto; min-width: 50%; }
        .changed { margin: 0; padding-left: 1.25rem; }
        .grid { margin-top: .25rem; }
        .grid th, .grid td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; width: 18rem; }
        .grid thead td { border: 0; width: 7rem; }
        .grid th[scope=row] { width: 7rem; background: var(--soft); }
        .grid thead th { background: var(--soft); }
        .grid ul { margin: .2rem 0 0; padding-left: 1.1rem; }
        .grid .quickwin { background: #e6f4ea; }
        @media (max-width: 40rem) {
          body { padding: .5rem; }
          .lanes { min-width: calc(6rem + var(--stages, 1) * 13rem); }
          .lanes .lane-col { width: 6rem; }
        }
        @page { size: A3 landscape; margin: 10mm; }
        @media print {
          html { font-size: 9px; }
          body { padding: 0; font-size: 1rem; line-height: 1.3; }
          h1 { font-size: 1.6rem; }
          header { margin-bottom: .4rem; }
          .downloads, .sr { display: none; }
          /* Step 6's lanes would push the map past its one sheet: in print they are the findings and ideas sections after it. */
          .lanes tr.findings, .lanes tr.ideas { display: none; }
          .scroll { position: static; overflow: visible; }
          .lanes { min-width: 0; }
          .lanes th[scope=row], .lanes thead th:first-child { position: static; }
          .lanes caption { font-size: 1.1rem; padding-bottom: .2rem; }
          .chart { height: 20rem; }
          .chart .axis { font-size: 1rem; }
          .lanes tr, .list tr, .goals li, .findings li, .changed li, .grid tr, .chart-key, header { break-inside: avoid; }
          h2, caption { break-after: avoid; }
          .lists { break-before: page; }
          .lists h2 { margin-top: 1rem; }
          .list { font-size: 1rem; }
          .list th, .list td { overflow-wrap: anywhere; }
          a { color: inherit; text-decoration: none; }
        }
        """;
}
