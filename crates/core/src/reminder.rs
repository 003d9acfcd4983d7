//! "Remind me to check again": an iCalendar event (RFC 5545) for the next check-in, in 30 days or
//! a quarter, that the person's own calendar takes in. Nothing is sent anywhere: the view offers
//! the text as a download.
//!
//! The event is an all-day `VEVENT` on the day the check is due in the person's time zone, with a
//! `UID`, `DTSTAMP`, `DTSTART`, `SUMMARY` and `DESCRIPTION` (both marked with the person's
//! language) and the page's address as `URL`. Lines end in CRLF, text values are escaped, and
//! lines longer than 75 octets are folded without splitting a UTF-8 character. The words come
//! from the caller (the content files); this module only writes the format.

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, Utc};

/// When the next check is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReminderInterval {
    /// In 30 days: seed 003 has the core figures checked every 30 days.
    Days30,
    /// In three months: seed 000's quarterly AI retrospective.
    Quarter,
}

impl ReminderInterval {
    pub const ALL: [ReminderInterval; 2] = [ReminderInterval::Days30, ReminderInterval::Quarter];

    /// The day the check is due, counted from `today`.
    pub fn due(self, today: NaiveDate) -> NaiveDate {
        let due = match self {
            ReminderInterval::Days30 => today.checked_add_days(Days::new(30)),
            ReminderInterval::Quarter => today.checked_add_months(Months::new(3)),
        };
        due.unwrap_or(today)
    }

    pub fn id(self) -> &'static str {
        match self {
            ReminderInterval::Days30 => "days30",
            ReminderInterval::Quarter => "quarter",
        }
    }
}

/// What the event says, in the person's language, and where it leads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reminder<'a> {
    pub summary: &'a str,
    pub description: &'a str,
    /// A BCP 47 tag (`en`, `nb`, ...).
    pub language: &'a str,
    /// The page the check is on.
    pub url: &'a str,
    /// When the reminder was made.
    pub now: DateTime<Utc>,
    /// The person's offset from UTC then, in minutes, which decides what "today" is.
    pub offset_minutes: i32,
    pub interval: ReminderInterval,
}

impl Reminder<'_> {
    /// The day the check is due.
    pub fn due(&self) -> NaiveDate {
        let local = self.now + chrono::Duration::minutes(i64::from(self.offset_minutes));
        self.interval.due(local.date_naive())
    }

    /// The whole `.ics` file.
    pub fn to_ics(&self) -> String {
        let due = self.due();
        let day_after = due.succ_opt().unwrap_or(due);
        let stamp = self.now.format("%Y%m%dT%H%M%SZ").to_string();
        let language = escape_param(self.language);
        let lines = [
            "BEGIN:VCALENDAR".to_owned(),
            "VERSION:2.0".to_owned(),
            "PRODID:-//ai-maturity-check//reminder//EN".to_owned(),
            "CALSCALE:GREGORIAN".to_owned(),
            "METHOD:PUBLISH".to_owned(),
            "BEGIN:VEVENT".to_owned(),
            format!(
                "UID:{}-{}-{}@ai-maturity-check",
                self.now.timestamp(),
                self.interval.id(),
                date(due)
            ),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", date(due)),
            format!("DTEND;VALUE=DATE:{}", date(day_after)),
            format!("SUMMARY;LANGUAGE={language}:{}", escape_text(self.summary)),
            format!(
                "DESCRIPTION;LANGUAGE={language}:{}",
                escape_text(self.description)
            ),
            format!("URL:{}", uri(self.url)),
            "TRANSP:TRANSPARENT".to_owned(),
            "END:VEVENT".to_owned(),
            "END:VCALENDAR".to_owned(),
        ];
        lines.iter().map(|line| fold(line)).collect()
    }

    /// `ai-maturity-check-reminder-2027-01-30.ics`.
    pub fn file_name(&self) -> String {
        let due = self.due();
        format!(
            "ai-maturity-check-reminder-{:04}-{:02}-{:02}.ics",
            due.year(),
            due.month(),
            due.day()
        )
    }
}

fn date(day: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

/// A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped; other
/// control characters, which the format does not allow, dropped.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A parameter value: characters a parameter may not hold are dropped (a language tag has none).
fn escape_param(value: &str) -> String {
    value
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | ';' | ':' | ','))
        .collect()
}

/// A URI value: it cannot be escaped, so control characters and spaces (never in a page's
/// address) are dropped rather than written into the file.
fn uri(url: &str) -> String {
    url.chars()
        .filter(|c| !c.is_control() && !c.is_whitespace())
        .collect()
}

/// One content line folded at 75 octets (RFC 5545 3.1): each continuation starts with a space,
/// and a UTF-8 character is never split. Ends in CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut octets = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if octets + width > 75 {
            out.push_str("\r\n ");
            // The space counts towards the continuation line's 75.
            octets = 1;
        }
        out.push(c);
        octets += width;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::at;

    fn reminder(interval: ReminderInterval) -> Reminder<'static> {
        Reminder {
            summary: "Sjekk KI-modenheten igjen",
            description: "Ta sjekken på nytt; sammenlign med forrige resultat, og se hva som endret seg.\nTar fem minutter.",
            language: "nb",
            url: "https://example.org/sjekk?x=1,2#top",
            // 2026-11-30 23:30 UTC: already 1 December in Oslo (UTC+1).
            now: at(1_796_081_400),
            offset_minutes: 60,
            interval,
        }
    }

    #[test]
    fn the_due_day_is_counted_from_the_persons_today() {
        assert_eq!(
            reminder(ReminderInterval::Days30).due(),
            NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()
        );
        assert_eq!(
            reminder(ReminderInterval::Quarter).due(),
            NaiveDate::from_ymd_opt(2027, 3, 1).unwrap()
        );
        let end_of_november = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        assert_eq!(
            ReminderInterval::Quarter.due(end_of_november),
            NaiveDate::from_ymd_opt(2027, 2, 28).unwrap(),
            "a quarter from 30 November is the last day of February"
        );
    }

    #[test]
    fn the_event_has_every_required_property() {
        let ics = reminder(ReminderInterval::Days30).to_ics();
        let unfolded = ics.replace("\r\n ", "");
        for expected in [
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:",
            "BEGIN:VEVENT\r\nUID:1796081400-days30-20261231@ai-maturity-check\r\n",
            "DTSTAMP:20261130T233000Z\r\n",
            "DTSTART;VALUE=DATE:20261231\r\n",
            "DTEND;VALUE=DATE:20270101\r\n",
            "SUMMARY;LANGUAGE=nb:Sjekk KI-modenheten igjen\r\n",
            "DESCRIPTION;LANGUAGE=nb:Ta sjekken på nytt\\; sammenlign med forrige resultat\\, og se hva som endret seg.\\nTar fem minutter.\r\n",
            "URL:https://example.org/sjekk?x=1,2#top\r\n",
            "END:VEVENT\r\nEND:VCALENDAR\r\n",
        ] {
            assert!(unfolded.contains(expected), "{expected:?} in {unfolded}");
        }
        assert_eq!(
            reminder(ReminderInterval::Quarter).file_name(),
            "ai-maturity-check-reminder-2027-03-01.ics"
        );
    }

    #[test]
    fn lines_end_in_crlf_and_fold_at_75_octets_without_splitting_a_character() {
        let long = "æøå ".repeat(40);
        let ics = Reminder {
            description: &long,
            ..reminder(ReminderInterval::Days30)
        }
        .to_ics();
        assert!(ics.ends_with("\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("DESCRIPTION;LANGUAGE=nb:{long}\r\n")));
    }

    #[test]
    fn text_cannot_break_out_of_its_property() {
        let ics = Reminder {
            summary: "x\r\nEND:VEVENT\r\nBEGIN:VEVENT\\",
            language: "nb\";X=1:",
            url: "https://a.example/\r\nATTACH:x",
            ..reminder(ReminderInterval::Days30)
        }
        .to_ics();
        let lines: Vec<&str> = ics.split("\r\n").collect();
        assert_eq!(
            lines
                .iter()
                .filter(|line| line.starts_with("BEGIN:"))
                .count(),
            2
        );
        assert!(!lines.iter().any(|line| line.starts_with("ATTACH")));
        assert!(ics.contains("SUMMARY;LANGUAGE=nbX=1:x\\nEND:VEVENT\\nBEGIN:VEVENT\\\\\r\n"));
        assert!(ics.contains("URL:https://a.example/ATTACH:x\r\n"));
    }
}
