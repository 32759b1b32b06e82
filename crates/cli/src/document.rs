//! What a file holds (a saved workspace of any schema version, a scenario set alone, or a
//! shared scenario as a file or a link), and the app's own validation of it.

use std::collections::HashSet;

use plan_core::guard::{self, DocKind, Finding};
use plan_core::scenarios::{validate, Issue, ScenarioSet};
use plan_core::share::{self, ShareError, SharedScenario};
use plan_core::{
    agreement, committee, defaults::default_workspace, followup, persist, plan_edit, Lang,
    LoadError, Workspace,
};

/// A file's content, read the way the app reads it.
pub enum Document {
    /// A saved workspace; `migrated_from` is the older schema version it was saved in.
    Workspace {
        ws: Workspace,
        migrated_from: Option<u32>,
    },
    /// A scenario set alone (what `plan scenario --example` writes).
    Set(ScenarioSet),
    /// A shared scenario (Scenarier → "Del scenariet"), from a file or a link.
    Shared(SharedScenario),
}

/// The payload of a share link (`…#/del?d=v1.…`, or the payload alone), if the text is one.
fn link_payload(text: &str) -> Option<&str> {
    let text = text.trim();
    if let Some((_, query)) = text.split_once("#/del?") {
        let d = query.split('&').find_map(|p| p.strip_prefix("d="))?;
        return Some(d);
    }
    let (version, rest) = text.strip_prefix('v')?.split_once('.')?;
    let is_version = !version.is_empty() && version.bytes().all(|b| b.is_ascii_digit());
    (is_version && !rest.is_empty() && !rest.contains(char::is_whitespace)).then_some(text)
}

fn share_errors(name: &str, doc: DocKind, e: ShareError) -> Vec<String> {
    match e {
        // One line per value, as the app lists them.
        ShareError::Rejected { issues } => issues.iter().map(|i| format!("{name}: {i}")).collect(),
        ShareError::Refused { refusal } => refusal
            .lines(doc, Lang::Da)
            .into_iter()
            .map(|l| format!("{name}: {l}"))
            .collect(),
        other => vec![format!("{name}: {}", other.message_for(doc, Lang::Da))],
    }
}

/// A file's content with the warnings reading it gave (fields the model does not know,
/// which are not read).
pub struct Read {
    pub doc: Document,
    pub kind: DocKind,
    pub warnings: Vec<Finding>,
}

impl Read {
    /// The warnings as Danish lines naming the file, the document and the field.
    pub fn warning_lines(&self, name: &str) -> Vec<String> {
        guard::warning_lines(&self.warnings, self.kind, Lang::Da)
            .into_iter()
            .map(|l| format!("{name}: advarsel: {l}"))
            .collect()
    }
}

/// Reads a file's text as the app reads it: the JSON with the path of every value, then the
/// core's bounds ([`guard`]) before anything is calculated. The errors are Danish lines
/// naming the file, the document, the field's path and the value.
pub fn parse_with_warnings(name: &str, text: &str) -> Result<Read, Vec<String>> {
    if let Some(payload) = link_payload(text) {
        let kind = DocKind::Link;
        return share::decode_checked(payload)
            .map(|(s, warnings)| Read {
                doc: Document::Shared(s),
                kind,
                warnings,
            })
            .map_err(|e| share_errors(name, kind, e));
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        let e = guard::json::from_serde(String::new(), e);
        vec![format!("{name}: ikke gyldig JSON: {}", e.text(Lang::Da))]
    })?;
    if value.get("share_version").is_some() {
        let kind = DocKind::SharedFile;
        return share::from_json_checked(text)
            .map(|(s, warnings)| Read {
                doc: Document::Shared(s),
                kind,
                warnings,
            })
            .map_err(|e| share_errors(name, kind, e));
    }
    if value.get("schema_version").is_some() {
        // The persist module migrates what earlier versions of the app saved.
        let kind = DocKind::Workspace;
        return persist::decode_checked(text)
            .map(|(ws, migrated_from, warnings)| Read {
                doc: Document::Workspace { ws, migrated_from },
                kind,
                warnings,
            })
            .map_err(|e| match e {
                LoadError::Refused { findings } => guard::Refusal::Bounds(findings)
                    .lines(kind, Lang::Da)
                    .into_iter()
                    .map(|l| format!("{name}: {l}"))
                    .collect(),
                e => vec![format!("{name}: {}", e.text(Lang::Da))],
            });
    }
    let kind = DocKind::Set;
    guard::read_set(text)
        .map(|(set, warnings)| Read {
            doc: Document::Set(set),
            kind,
            warnings,
        })
        .map_err(|r| match r {
            guard::Refusal::Json(e) => vec![format!(
                "{name}: hverken et gemt arbejdsområde, et sæt scenarier eller et delt scenarie: {}",
                e.text(Lang::Da)
            )],
            r => r
                .lines(kind, Lang::Da)
                .into_iter()
                .map(|l| format!("{name}: {l}"))
                .collect(),
        })
}

impl Document {
    /// The scenario set to calculate, and the workspace whose plan targets it moves: a set
    /// alone or a shared scenario is calculated against the default plan, as the app
    /// calculates a shared scenario against the recipient's own plan.
    pub fn scenario_set(&self) -> (ScenarioSet, Workspace) {
        match self {
            Document::Workspace { ws, .. } => ((*ws.scenarios).clone(), ws.clone()),
            Document::Set(set) => (set.clone(), default_workspace()),
            Document::Shared(shared) => {
                let ws = default_workspace();
                let set = ScenarioSet {
                    assumptions: shared.assumptions.clone(),
                    scenarios: vec![shared.scenario.clone()],
                    baseline_id: shared.scenario.id.clone(),
                    target_links: ws.scenarios.target_links.clone(),
                    baseline_links: Vec::new(),
                };
                (set, ws)
            }
        }
    }

    /// Every problem the app's validation finds, as Danish lines naming the file and the
    /// field: the scenarios (assumptions once), the plan, the budget follow-ups, the
    /// development agreements and the committee cases.
    pub fn problems(&self, name: &str) -> Vec<String> {
        let (set, _) = self.scenario_set();
        let ids: HashSet<&str> = set.scenarios.iter().map(|s| s.id.as_str()).collect();
        let mut lines = scenario_problems(name, &set, &ids);
        if let Document::Workspace { ws, .. } = self {
            lines.extend(
                plan_edit::validate(&ws.plan)
                    .iter()
                    .map(|i| format!("{name}: Planen › {}: {}", i.field, i.message(Lang::Da))),
            );
            for f in ws.budget_followups.iter() {
                lines.extend(followup::validate(f).iter().map(|i| format!("{name}: {i}")));
            }
            for a in ws.agreements.iter() {
                lines.extend(agreement::validate(a).iter().map(|i| {
                    format!(
                        "{name}: Udviklingsaftalen »{}« › {}: {}",
                        a.name,
                        i.field,
                        i.message(Lang::Da)
                    )
                }));
            }
            for c in ws.committee_cases.iter() {
                let heading = c.heading();
                lines.extend(
                    committee::check(c, Lang::Da)
                        .iter()
                        .map(|m| format!("{name}: Udvalgssagen »{heading}« › {m}")),
                );
            }
        }
        lines
    }
}

/// The problems of the assumptions (once) and of the scenarios with these ids, in time
/// linear in the number of scenarios (a set, not a list, of ids and of issues seen).
pub fn scenario_problems(name: &str, set: &ScenarioSet, ids: &HashSet<&str>) -> Vec<String> {
    let mut seen: HashSet<Issue> = HashSet::new();
    let mut issues: Vec<Issue> = Vec::new();
    for s in set.scenarios.iter().filter(|s| ids.contains(s.id.as_str())) {
        for issue in validate(&set.assumptions, s) {
            if seen.insert(issue.clone()) {
                issues.push(issue);
            }
        }
    }
    issues.iter().map(|i| format!("{name}: {i}")).collect()
}

/// Reads and parses the file a command names ('-' is standard input); problems are reported
/// and refuse the file.
/// The warnings (unknown fields) go to standard error.
pub fn read(file: &str) -> Result<(String, Document), crate::Failure> {
    let input = crate::input::read(file).map_err(|e| crate::refuse(&[e]))?;
    let name = input.name.clone();
    let text = input.text().map_err(|e| crate::refuse(&[e]))?;
    let read = parse_with_warnings(&name, text).map_err(|lines| crate::refuse(&lines))?;
    for line in read.warning_lines(&name) {
        eprintln!("{line}");
    }
    Ok((name, read.doc))
}

#[cfg(test)]
mod tests {
    use super::link_payload;

    #[test]
    fn a_link_or_its_payload_is_told_from_json() {
        assert_eq!(
            link_payload("https://x.dk/plan/#/del?d=v1.eJyr&x=1\n"),
            Some("v1.eJyr")
        );
        assert_eq!(link_payload("  v1.eJyrVkrOz0nJ"), Some("v1.eJyrVkrOz0nJ"));
        assert_eq!(link_payload("{\"schema_version\": 5}"), None);
        assert_eq!(link_payload("v1."), None);
        assert_eq!(link_payload("vx.abc"), None);
    }
}
