//! The pieces of a followed target's text: its figures, its status and what to do next.

use super::*;

impl Parts<'_> {
    fn num(&self, v: f64, lang: Lang) -> String {
        format::number_trim(v, 2, lang)
    }

    pub(super) fn status_text(&self, lang: Lang) -> String {
        match self.status {
            FollowStatus::NoData => self
                .missing
                .label(lang)
                .unwrap_or_else(|| self.status.label(lang).to_owned()),
            s => s.label(lang).to_owned(),
        }
    }

    /// " Hent …" for what is missing, or "".
    fn hint(&self, lang: Lang) -> String {
        fetch_hint(self.measure, &self.missing, self.own_area, lang)
            .map(|h| format!(" {h}"))
            .unwrap_or_default()
    }

    pub(super) fn latest_text(&self, lang: Lang) -> String {
        self.own
            .last()
            .map(|p| match p.origin {
                PointOrigin::Document => format!(
                    "{} ({}, {})",
                    self.num(p.value, lang),
                    p.period.label(lang),
                    p.origin.label(lang)
                ),
                _ => format!("{} ({})", self.num(p.value, lang), p.period.label(lang)),
            })
            .unwrap_or_else(|| "–".to_owned())
    }

    pub(super) fn explanation(&self, lang: Lang) -> String {
        let m = self.measure;
        let goal = goal_text(m, lang);
        let deadline = format::date(m.deadline.date, lang);
        if self.status == FollowStatus::BaselineOnly {
            return self.baseline_only(lang);
        }
        if let Some(dev) = self.development {
            return self.development_text(dev, lang);
        }
        let (Some(d), Some(req)) = (self.decisive, self.required) else {
            return match (self.status, self.indicator, lang) {
                (FollowStatus::NotLinked, _, Lang::Da) => {
                    "Målet er ikke koblet til en importeret indikator endnu.".into()
                }
                (FollowStatus::NotLinked, _, Lang::En) => {
                    "The target is not linked to an imported indicator yet.".into()
                }
                (_, Some(name), _) if m.shape.is_development() => {
                    let start = format::date(m.development_start(), lang);
                    lang.pick(
                        format!("Udviklingen fra {start} kan ikke opgøres endnu: indikatoren \"{name}\" mangler tal for kommunen og hele landet for {start} og en senere periode af samme slags."),
                        format!("The development from {start} cannot be measured yet: the indicator \"{name}\" lacks figures for the municipality and the whole country for {start} and a later period of the same kind."),
                    )
                }
                (_, name, _) if m.shape.is_relative_to_national() && !self.missing.own => {
                    let latest = self.latest_text(lang);
                    let what = self.missing.text(lang).unwrap_or_default();
                    let name = name.unwrap_or_default();
                    let hint = self.hint(lang);
                    lang.pick(
                        format!("Indikatoren \"{name}\" har tal for kommunen (seneste {latest}), men {what}: målet læses mod landstallet i samme periode.{hint}"),
                        format!("The indicator \"{name}\" has figures for the municipality (latest {latest}), but {what}: the target is read against the national figure for the same period.{hint}"),
                    )
                }
                (_, name, _) => {
                    let what = self.missing.text(lang).unwrap_or_else(|| {
                        lang.pick(
                            "mangler tal for kommunen",
                            "lacks figures for the municipality",
                        )
                        .to_owned()
                    });
                    let hint = self.hint(lang);
                    match name {
                        Some(name) => lang.pick(
                            format!("Indikatoren \"{name}\" {what}.{hint}"),
                            format!("The indicator \"{name}\" {what}.{hint}"),
                        ),
                        None => lang.pick(
                            format!("Målet {what}.{hint}"),
                            format!("The target {what}.{hint}"),
                        ),
                    }
                }
            };
        };
        // A figure from a document's running text says so: "130 (2023, fra dokumentet)".
        let period = match d.origin {
            PointOrigin::Document => format!("{}, {}", d.period.label(lang), d.origin.label(lang)),
            _ => d.period.label(lang),
        };
        let value = self.num(d.value, lang);
        let required = self.num(req, lang);
        let against = if m.shape.is_relative_to_national() {
            match lang {
                Lang::Da => format!(" (landstallet plus målet giver {required})"),
                Lang::En => format!(" (the national figure plus the target gives {required})"),
            }
        } else {
            String::new()
        };
        let trend = self.trend.map(|t| {
            let per = self.num(t.per_month, lang);
            let at = self.num(t.at_deadline, lang);
            match lang {
                Lang::Da => format!(
                    " Udviklingen i de seneste {} tal ({per} pr. måned) peger mod {at} ved fristen.",
                    t.points
                ),
                Lang::En => format!(
                    " The trend of the latest {} figures ({per} a month) points to {at} at the deadline.",
                    t.points
                ),
            }
        });
        let trend = trend.unwrap_or_default();
        match (self.status, lang) {
            (FollowStatus::Met | FollowStatus::Missed, _) => {
                // When every figure is later than the deadline, the first of them decides and
                // the words say so rather than call it the figure at the deadline.
                let after = d.period.end_month() > end_month_of(m.deadline.date);
                let met = self.status.label(lang);
                match (after, lang) {
                    (false, Lang::Da) => format!(
                        "{met}: ved fristen ({deadline}) var tallet {value} ({period}); målet var {goal}{against}."
                    ),
                    (false, Lang::En) => format!(
                        "{met}: at the deadline ({deadline}) the figure was {value} ({period}); the target was {goal}{against}."
                    ),
                    (true, Lang::Da) => format!(
                        "{met}: det første tal efter fristen ({deadline}) er {value} ({period}); målet var {goal}{against}."
                    ),
                    (true, Lang::En) => format!(
                        "{met}: the first figure after the deadline ({deadline}) is {value} ({period}); the target was {goal}{against}."
                    ),
                }
            }
            (status, Lang::Da) => format!(
                "{}: seneste tal ({period}) er {value}; målet er {goal} senest {deadline}{against}.{trend}",
                status.label(lang)
            ),
            (status, Lang::En) => format!(
                "{}: the latest figure ({period}) is {value}; the target is {goal} by {deadline}{against}.{trend}",
                status.label(lang)
            ),
        }
    }

    /// "Planens udgangspunkt er 430 (I dag, 2022); målet er højst 375 personer i december
    /// 2023. Der er endnu ingen nyere tal."
    fn baseline_only(&self, lang: Lang) -> String {
        let m = self.measure;
        let value = m
            .baseline
            .as_ref()
            .map(|b| self.num(b.value, lang))
            .unwrap_or_default();
        let when = baseline_date_text(m, lang);
        let goal = goal_text(m, lang);
        let deadline = format::date(m.deadline.date, lang);
        match (lang, self.document) {
            (Lang::Da, doc) => format!(
                "{} udgangspunkt er {value} ({when}); målet er {goal} i {deadline}. Der er endnu ingen nyere tal.",
                if doc == Document::Plan { "Planens" } else { "Aftalens" }
            ),
            (Lang::En, doc) => format!(
                "The {} baseline is {value} ({when}); the target is {goal} in {deadline}. There are no newer figures yet.",
                if doc == Document::Plan { "plan's" } else { "agreement's" }
            ),
        }
    }

    /// "Ledige faldt 4,1 % fra december 2015 til december 2016, landet 2,3 %: målet er nået."
    fn development_text(&self, d: &Development, lang: Lang) -> String {
        let m = self.measure;
        let name = match m.indicator.trim() {
            "" => lang.pick("Tallet", "The figure"),
            n => n,
        };
        let own = change_text(d.own_change, lang);
        // As the words round them, to one decimal.
        let rounded = |v: f64| (v * 10.0).round() / 10.0;
        let (o, n) = (rounded(d.own_change), rounded(d.national_change));
        // "landet 2,3 %" when both went the same way, "landet steg 1,2 %" when not.
        let national = if o != 0.0 && n != 0.0 && o.signum() == n.signum() {
            format!("{} %", format::number_trim(n.abs(), 1, lang))
        } else {
            change_text(d.national_change, lang)
        };
        let from = period_text(d.from, lang);
        let to = period_text(d.to, lang);
        let deadline = format::date(m.deadline.date, lang);
        let until = lang.pick(
            format!("målet gælder udviklingen til {deadline}"),
            format!("the target concerns the development to {deadline}"),
        );
        let verdict = match (self.status, lang) {
            (FollowStatus::Met, Lang::Da) => "målet er nået".to_owned(),
            (FollowStatus::Met, Lang::En) => "the target is met".to_owned(),
            (FollowStatus::Missed, Lang::Da) => "målet er ikke nået".to_owned(),
            (FollowStatus::Missed, Lang::En) => "the target is missed".to_owned(),
            (status, _) => format!("{} ({until})", crate::casefold::lower(status.label(lang))),
        };
        let v = format::with_unit(m.value.abs(), m.unit, lang);
        let margin = match m.value {
            x if x > 0.0 => lang.pick(
                format!(" Målet tillader en udvikling op til {v} dårligere end landets."),
                format!(" The target allows a development up to {v} worse than the country's."),
            ),
            x if x < 0.0 => lang.pick(
                format!(" Målet kræver en udvikling mindst {v} bedre end landets."),
                format!(
                    " The target requires a development at least {v} better than the country's."
                ),
            ),
            _ => String::new(),
        };
        match lang {
            Lang::Da => {
                format!("{name} {own} fra {from} til {to}, landet {national}: {verdict}.{margin}")
            }
            Lang::En => format!(
                "{name} {own} from {from} to {to}, the country {national}: {verdict}.{margin}"
            ),
        }
    }
}
