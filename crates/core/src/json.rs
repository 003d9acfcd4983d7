//! The widget's JSON reader and writer: every document it stores, exports, imports and sends
//! goes through here (the saved progress, the configuration block, the host events' details;
//! and, in the later screens' chunk, reports, the stored history, the "export everything"
//! bundle, imported files, the team roll-up and share links). The WebAssembly carries no serde
//! or serde_json: with derived (de)serialisers they cost about 40 KiB of brotli'd WebAssembly;
//! serde_json stays a dev-dependency, the tests' oracle (`serde_oracle`, the golden files).
//!
//! It reads standard JSON (RFC 8259) with serde_json's limits: nesting deeper than 128 levels,
//! lone surrogates and raw control characters in strings are errors. `Json::parse` keeps every
//! member as written: a name written twice is no error and `get` finds its first value.
//! `Json::parse_as_value` reads as serde_json read a file into a `Value`, as imports and share
//! links did: a number beyond f64 (`1e400`) is an error, members are sorted by name and a name
//! written twice keeps its last value. The typed readers (`Fields`, `read_*`) read as serde's
//! derived readers did: each field of a struct at most once (a stored history with a field
//! written twice is unreadable, as it was), members of other names ignored, an absent `Option`
//! none, unsigned integers only from numbers written as integers (`1.0` and `-0` are none), a
//! struct also from an array of its fields in order, a unit enum variant also from an object
//! `{"EUR": null}`. It writes what serde_json writes: compact or pretty (two spaces of indent,
//! `"name": value`, `[]` and `{}` when empty), members in the order given.
//!
//! One deliberate difference: serde read a stored history straight from its text and only
//! glanced at the members it did not know, so a lone surrogate or nesting beyond 128 levels
//! inside such a member passed; here the whole text must be JSON. The widget never writes either.
//!
//! Numbers are kept as written. The first screens avoid Rust's general float reading and
//! writing (`str::parse::<f64>`, `f64`'s `Display`), which would add about 20 KiB to the
//! download before the first question: their tables and algorithms serve every float, and the
//! first screens only ever store amounts a person typed. So there `as_f64` reads a number as a
//! float when its significant digits make a whole number up to 2^53 and its decimal exponent is
//! within ±22, where one exact division or multiplication gives the correctly rounded float
//! (Clinger's fast path), and `float` writes the fewest decimals, up to 9, that read back as the
//! same float. The later screens' documents hold every kind of float (simulated percentiles,
//! sums of money): there `as_any_f64` reads any number as the nearest float and `exact_float`
//! writes the shortest digits that read back as exactly the float, laid out as serde_json lays
//! them out (`0.30000000000000004`, `1e-7`, `1e+16`), both with `decimal` (exactly as
//! `str::parse` and serde_json do, in a fraction of Rust's float code), so no part of the wasm
//! carries Rust's float reading or writing.

/// A parsed JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number, as written (valid JSON number syntax).
    Number(String),
    String(String),
    Array(Vec<Json>),
    /// Members in their written order. A name written twice keeps its first value for `get`.
    Object(Vec<(String, Json)>),
}

/// serde_json's limit, so a deeply nested value cannot exhaust the stack.
const MAX_DEPTH: usize = 128;

impl Json {
    /// `text` as JSON; `None` when it is not JSON (surrounding white space is allowed).
    pub fn parse(text: &str) -> Option<Json> {
        let mut parser = Parser { text, at: 0 };
        let value = parser.value(0)?;
        parser.skip_space();
        (parser.at == text.len()).then_some(value)
    }

    /// How many items the array in member `name` of the object `text` holds, counted without
    /// building any value (a stored history can be megabytes); `None` when `text` is not JSON
    /// or has no such array.
    pub fn count_items(text: &str, name: &str) -> Option<usize> {
        let mut parser = Parser { text, at: 0 };
        let mut count = None;
        parser.skip_space();
        (parser.peek() == Some(b'{')).then_some(())?;
        parser.members(0, true, |parser, member| {
            parser.skip_space();
            if member == name && count.is_none() && parser.peek() == Some(b'[') {
                count = Some(parser.items(1, |parser| parser.skip(2))?);
                Some(())
            } else {
                parser.skip(1)
            }
        })?;
        parser.skip_space();
        (parser.at == text.len()).then_some(count)?
    }

    /// The compact JSON text of this value.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    /// An object of `members`, in this order.
    pub fn object<const N: usize>(members: [(&str, Json); N]) -> Json {
        Json::Object(
            members
                .into_iter()
                .map(|(name, value)| (name.to_owned(), value))
                .collect(),
        )
    }

    pub fn string(text: &str) -> Json {
        Json::String(text.to_owned())
    }

    pub fn integer(number: impl Into<i64>) -> Json {
        Json::Number(number.into().to_string())
    }

    /// `number` with the fewest decimals (at most 9) that read back as the same float, and at
    /// least one, as serde_json writes floats. One that needs more is rounded to as many as keep
    /// its digits exact; a whole number beyond 2^53 is written whole. Null when it is not finite
    /// or beyond 2^64 (JSON has no NaN or infinity; serde_json writes null for them too).
    pub fn float(number: f64) -> Json {
        let magnitude = number.abs();
        let sign = if number.is_sign_negative() { "-" } else { "" };
        if !number.is_finite() {
            return Json::Null;
        }
        if magnitude >= EXACT_MANTISSA {
            return if magnitude < 18_446_744_073_709_551_616.0 {
                Json::Number(format!("{sign}{}.0", magnitude as u64))
            } else {
                Json::Null
            };
        }
        // The digits as a whole number below 2^53 (so exact), and how many of them are decimals
        // (below MAX_DECIMALS in the loop, so both indices are in the table).
        let (mut scaled, mut decimals) = (magnitude.round(), 0);
        while decimals < MAX_DECIMALS && scaled / POWERS_OF_TEN[decimals] != magnitude {
            let finer = (magnitude * POWERS_OF_TEN[decimals + 1]).round();
            if finer >= EXACT_MANTISSA {
                break;
            }
            (scaled, decimals) = (finer, decimals + 1);
        }
        // At least `decimals + 1` ASCII digits, so the split is inside them.
        let digits = format!("{:0width$}", scaled as u64, width = decimals + 1);
        let (whole, fraction) = digits.split_at(digits.len() - decimals);
        // Rounded to MAX_DECIMALS, the last ones may be zeros: written without them, so what is
        // read back is written the same way again.
        let fraction = fraction.trim_end_matches('0');
        let fraction = if fraction.is_empty() { "0" } else { fraction };
        Json::Number(format!("{sign}{whole}.{fraction}"))
    }

    /// The value of member `name`, when this is an object that has it.
    pub fn get(&self, name: &str) -> Option<&Json> {
        self.members()?
            .iter()
            .find(|(member, _)| member == name)
            .map(|(_, value)| value)
    }

    pub fn members(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Object(members) => Some(members),
            _ => None,
        }
    }

    pub fn items(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }

    /// A number as a float, when the fast path reads it exactly (see the module's comment).
    pub fn as_f64(&self) -> Option<f64> {
        let Json::Number(text) = self else {
            return None;
        };
        let (mantissa, exponent) = text.split_once(['e', 'E']).unwrap_or((text, "0"));
        let exponent: i32 = exponent.parse().ok()?;
        let (negative, mantissa) = match mantissa.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, mantissa),
        };
        let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let digits = format!("{whole}{fraction}");
        let digits = digits.trim_start_matches('0');
        // Trailing zeros move into the exponent, so `1500000000000000000` stays exact. In i64,
        // so an exponent near i32's ends (`1.5e-2147483648`) cannot overflow.
        let significant = digits.trim_end_matches('0');
        let exponent = i64::from(exponent) - i64::try_from(fraction.len()).ok()?
            + i64::try_from(digits.len() - significant.len()).ok()?;
        if significant.is_empty() {
            return Some(if negative { -0.0 } else { 0.0 });
        }
        // Digits beyond 2^53 would be rounded before the one exact operation below.
        let value = significant
            .parse::<u64>()
            .ok()
            .filter(|&digits| digits <= 1 << 53)? as f64;
        let power = *POWERS_OF_TEN.get(usize::try_from(exponent.unsigned_abs()).ok()?)?;
        let value = if exponent < 0 {
            value / power
        } else {
            value * power
        };
        Some(if negative { -value } else { value })
    }

    /// A number written as an integer that `T` can hold (as serde_json reads into integers:
    /// `1.0` is not one).
    pub fn as_integer<T: TryFrom<i64>>(&self) -> Option<T> {
        match self {
            Json::Number(text) => T::try_from(text.parse::<i64>().ok()?).ok(),
            _ => None,
        }
    }

    fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
            Json::Number(text) => out.push_str(text),
            Json::String(text) => write_string(text, out),
            Json::Array(items) => {
                out.push('[');
                for (position, item) in items.iter().enumerate() {
                    if position > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Object(members) => {
                out.push('{');
                for (position, (name, value)) in members.iter().enumerate() {
                    if position > 0 {
                        out.push(',');
                    }
                    write_string(name, out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

impl From<Option<f64>> for Json {
    fn from(number: Option<f64>) -> Json {
        number.map_or(Json::Null, Json::float)
    }
}

/// What the later screens' documents need beyond the first screens' (reports, the history,
/// imported files, the team roll-up, share links): serde_json's pretty layout, every float
/// written and read exactly, and reading as serde_json's `Value` and derived readers read.
impl Json {
    /// `number` as serde_json writes a float: the shortest digits that read back as exactly this
    /// float (`decimal::shortest`), in plain notation when its decimal exponent is from -5 to 15
    /// (`0.00001`, `1000000000000000.0`, `0.30000000000000004`), else in scientific notation
    /// with a signed exponent (`1e-7`, `1.5e+300`). Null when it is not finite, as serde_json
    /// writes it.
    pub fn exact_float(number: f64) -> Json {
        if !number.is_finite() {
            return Json::Null;
        }
        let Some((digits, exponent)) = crate::decimal::shortest(number, crate::decimal::Tie::Even)
        else {
            return Json::Null;
        };
        let sign = if number.is_sign_negative() { "-" } else { "" };
        if digits == "0" {
            return Json::Number(format!("{sign}0.0"));
        }
        let last = i32::try_from(digits.len()).unwrap_or(i32::MAX) - 1;
        let zeros = |count: i32| "0".repeat(usize::try_from(count).unwrap_or(0));
        let text = match (exponent, usize::try_from(exponent + 1).ok()) {
            (-5..=15, _) if last <= exponent => {
                format!("{sign}{digits}{}.0", zeros(exponent - last))
            }
            (0..=15, Some(whole)) => match digits.split_at_checked(whole) {
                Some((whole, fraction)) => format!("{sign}{whole}.{fraction}"),
                None => format!("{sign}{digits}.0"),
            },
            (-5..=-1, _) => format!("{sign}0.{}{digits}", zeros(-exponent - 1)),
            _ => {
                let (first, rest) = digits.split_at_checked(1).unwrap_or((&digits, ""));
                let point = if rest.is_empty() { "" } else { "." };
                let exponent_sign = if exponent < 0 { '-' } else { '+' };
                format!(
                    "{sign}{first}{point}{rest}e{exponent_sign}{}",
                    exponent.unsigned_abs()
                )
            }
        };
        Json::Number(text)
    }

    /// A whole number from 0 up. Its digits are written here rather than by `u64`'s `Display`,
    /// which the first screens' code would then share and no longer have inlined (this costs
    /// the download before the first question nothing).
    pub fn unsigned(number: impl Into<u64>) -> Json {
        let mut rest = number.into();
        let mut digits = Vec::new();
        loop {
            digits.push(b'0' + (rest % 10) as u8);
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        Json::Number(
            digits
                .iter()
                .rev()
                .map(|digit| char::from(*digit))
                .collect(),
        )
    }

    /// A count (`usize`) as a whole number.
    pub fn count(number: usize) -> Json {
        Json::unsigned(u64::try_from(number).unwrap_or(u64::MAX))
    }

    /// A list of `items`, each written by `write`.
    pub fn list<T>(items: &[T], write: impl Fn(&T) -> Json) -> Json {
        Json::Array(items.iter().map(write).collect())
    }

    /// The text of this value as serde_json's `to_string_pretty` writes it: two spaces of indent
    /// per level, `"name": value`, and `[]` and `{}` for empty arrays and objects.
    pub fn to_pretty_text(&self) -> String {
        let mut out = String::new();
        self.write_pretty(&mut out, 0);
        out
    }

    fn write_pretty(&self, out: &mut String, depth: usize) {
        let line = |out: &mut String, depth: usize| {
            out.push('\n');
            for _ in 0..depth {
                out.push_str("  ");
            }
        };
        match self {
            Json::Array(items) if !items.is_empty() => {
                out.push('[');
                for (position, item) in items.iter().enumerate() {
                    if position > 0 {
                        out.push(',');
                    }
                    line(out, depth + 1);
                    item.write_pretty(out, depth + 1);
                }
                line(out, depth);
                out.push(']');
            }
            Json::Object(members) if !members.is_empty() => {
                out.push('{');
                for (position, (name, value)) in members.iter().enumerate() {
                    if position > 0 {
                        out.push(',');
                    }
                    line(out, depth + 1);
                    write_string(name, out);
                    out.push_str(": ");
                    value.write_pretty(out, depth + 1);
                }
                line(out, depth);
                out.push('}');
            }
            other => other.write(out),
        }
    }

    /// `text` as serde_json reads it into a `Value`: `None` when it is not JSON or holds a number
    /// beyond f64 (`1e400`); every object's members sorted by name, a name written twice keeping
    /// its last value.
    pub fn parse_as_value(text: &str) -> Option<Json> {
        Json::parse(text)?.into_value()
    }

    /// The parsed value as `parse_as_value` reads it, each object's members sorted where they are
    /// (a roll-up reads a thousand files: no second tree is built).
    fn into_value(self) -> Option<Json> {
        Some(match self {
            Json::Number(text) => {
                // Without an exponent and in at most 308 characters a number is below 1e308,
                // within f64 (which reaches 1.8e308): only the others need reading to be sure.
                let surely_finite = text.len() <= 308 && !text.contains(['e', 'E']);
                if !surely_finite {
                    nearest_float(&text).filter(|number| number.is_finite())?;
                }
                Json::Number(text)
            }
            Json::Array(mut items) => {
                for item in &mut items {
                    *item = std::mem::replace(item, Json::Null).into_value()?;
                }
                Json::Array(items)
            }
            Json::Object(mut members) => {
                for (_, value) in &mut members {
                    *value = std::mem::replace(value, Json::Null).into_value()?;
                }
                Json::Object(sorted_by_name(members))
            }
            other => other,
        })
    }

    /// A number as the nearest float, however it is written (as Rust's `str::parse` reads it);
    /// `None` for anything else and for a number beyond the largest float.
    pub fn as_any_f64(&self) -> Option<f64> {
        match self {
            Json::Number(text) => nearest_float(text).filter(|number| number.is_finite()),
            _ => None,
        }
    }

    /// A number written as an integer from 0 to `u64::MAX` (serde_json's `as_u64`: not `1.0`,
    /// `1e2` or `-0`).
    pub fn as_u64(&self) -> Option<u64> {
        let Json::Number(text) = self else {
            return None;
        };
        // Digit by digit rather than with `str::parse`, which the first screens' code would then
        // share and no longer have inlined.
        text.bytes().try_fold(0_u64, |number, byte| {
            let digit = byte.is_ascii_digit().then(|| u64::from(byte - b'0'))?;
            number.checked_mul(10)?.checked_add(digit)
        })
    }

    pub fn read_str(&self) -> Result<&str, WrongShape> {
        self.as_str().ok_or(WrongShape)
    }

    pub fn read_string(&self) -> Result<String, WrongShape> {
        self.read_str().map(str::to_owned)
    }

    /// A number as serde reads it into an unsigned integer: written as one, and in `T`'s range.
    pub fn read_unsigned<T: TryFrom<u64>>(&self) -> Result<T, WrongShape> {
        self.as_u64()
            .and_then(|number| T::try_from(number).ok())
            .ok_or(WrongShape)
    }

    pub fn read_f64(&self) -> Result<f64, WrongShape> {
        self.as_any_f64().ok_or(WrongShape)
    }

    /// Each item of an array read by `read`.
    pub fn read_list<T>(
        &self,
        read: impl Fn(&Json) -> Result<T, WrongShape>,
    ) -> Result<Vec<T>, WrongShape> {
        self.items().ok_or(WrongShape)?.iter().map(read).collect()
    }

    /// `None` for null, else `read`'s reading (serde's `Option`).
    pub fn read_nullable<T>(
        &self,
        read: impl FnOnce(&Json) -> Result<T, WrongShape>,
    ) -> Result<Option<T>, WrongShape> {
        match self {
            Json::Null => Ok(None),
            other => read(other).map(Some),
        }
    }

    /// The members of an object read into a map: `read` takes each value, and a name written
    /// twice keeps its last value (as serde reads a `BTreeMap`).
    pub fn read_map<T>(
        &self,
        read: impl Fn(&Json) -> Result<T, WrongShape>,
    ) -> Result<std::collections::BTreeMap<String, T>, WrongShape> {
        let mut map = std::collections::BTreeMap::new();
        for (name, value) in self.members().ok_or(WrongShape)? {
            map.insert(name.clone(), read(value)?);
        }
        Ok(map)
    }

    /// The name of a unit enum variant as serde reads one: a string, or an object whose one
    /// member is named after the variant and is null.
    pub fn read_variant(&self) -> Result<&str, WrongShape> {
        match self {
            Json::String(name) => Ok(name),
            Json::Object(members) => match members.as_slice() {
                [(name, Json::Null)] => Ok(name),
                _ => Err(WrongShape),
            },
            _ => Err(WrongShape),
        }
    }
}

/// A JSON number's text as the nearest float, as `str::parse::<f64>` reads it (with
/// `decimal::parse`, so that the wasm carries no second float reader): infinity beyond the
/// largest float, zero below half the smallest; `None` when it is not a JSON number.
fn nearest_float(text: &str) -> Option<f64> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, written_exponent) = match unsigned.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, Some(exponent)),
        None => (unsigned, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if whole.is_empty() || (mantissa.contains('.') && fraction.is_empty()) {
        return None;
    }
    let exponent = match written_exponent {
        None => 0,
        Some(written) => {
            let (negative, digits) = match written.strip_prefix('-') {
                Some(rest) => (true, rest),
                None => (false, written.strip_prefix('+').unwrap_or(written)),
            };
            if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
                return None;
            }
            // Beyond i64 it is far beyond any float either way.
            let magnitude = digits.bytes().fold(0_i64, |value, digit| {
                value
                    .saturating_mul(10)
                    .saturating_add(i64::from(digit - b'0'))
            });
            if negative {
                -magnitude
            } else {
                magnitude
            }
        }
    };
    let fraction_digits = i64::try_from(fraction.len()).ok()?;
    let magnitude = crate::decimal::parse(
        &format!("{whole}{fraction}"),
        exponent.saturating_sub(fraction_digits),
    )?;
    Some(if negative { -magnitude } else { magnitude })
}

/// A value of another shape than a typed reader expects: what serde's derived readers call an
/// invalid type or value, a missing, duplicate or unknown field, or a wrong length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WrongShape;

impl std::fmt::Display for WrongShape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the JSON value does not have the expected shape")
    }
}

impl std::error::Error for WrongShape {}

/// An object read as serde's derived readers read a struct: each field at most once, members of
/// other names ignored. Like them it also takes an array of the field values in their declared
/// order (serde's sequence form), of which trailing fields with a default may be left out.
pub struct Fields<'a> {
    values: FieldValues<'a>,
    names: &'static [&'static str],
}

enum FieldValues<'a> {
    Object(&'a [(String, Json)]),
    Array(&'a [Json]),
}

impl<'a> Fields<'a> {
    /// `value`'s fields, named `names` in their declared order, of which those in `defaulted`
    /// have a default (`#[serde(default)]`).
    pub fn of(
        value: &'a Json,
        names: &'static [&'static str],
        defaulted: &[&str],
    ) -> Result<Fields<'a>, WrongShape> {
        let values = match value {
            Json::Object(members) => FieldValues::Object(members),
            Json::Array(items) => {
                let left_out = names.get(items.len()..).ok_or(WrongShape)?;
                if !left_out.iter().all(|name| defaulted.contains(name)) {
                    return Err(WrongShape);
                }
                FieldValues::Array(items)
            }
            _ => return Err(WrongShape),
        };
        Ok(Fields { values, names })
    }

    /// The field `name` (one of `names`), `None` when it is absent.
    pub fn get(&self, name: &str) -> Result<Option<&'a Json>, WrongShape> {
        match self.values {
            FieldValues::Object(members) => {
                let mut found = members
                    .iter()
                    .filter(|(member, _)| member == name)
                    .map(|(_, value)| value);
                let first = found.next();
                match found.next() {
                    Some(_) => Err(WrongShape),
                    None => Ok(first),
                }
            }
            FieldValues::Array(items) => Ok(self
                .names
                .iter()
                .position(|field| *field == name)
                .and_then(|index| items.get(index))),
        }
    }

    pub fn required(&self, name: &str) -> Result<&'a Json, WrongShape> {
        self.get(name)?.ok_or(WrongShape)
    }

    /// An `Option` field: absent or null is `None`, else `read`'s reading.
    pub fn optional<T>(
        &self,
        name: &str,
        read: impl FnOnce(&Json) -> Result<T, WrongShape>,
    ) -> Result<Option<T>, WrongShape> {
        match self.get(name)? {
            None => Ok(None),
            Some(value) => value.read_nullable(read),
        }
    }
}

/// The most decimals `Json::float` writes.
const MAX_DECIMALS: usize = 9;
/// Every integer below 2^53 is a float exactly.
const EXACT_MANTISSA: f64 = 9_007_199_254_740_992.0;
/// 10^0 to 10^22: the powers of ten that are floats exactly.
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];
const _: () = assert!(MAX_DECIMALS < POWERS_OF_TEN.len());

fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for character in text.chars() {
        match character {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            control if control < ' ' => {
                out.push_str(&format!("\\u{:04x}", u32::from(control)));
            }
            other => out.push(other),
        }
    }
    out.push('"');
}

/// Up to this many members an object is sorted in place by insertion (the widget's own objects
/// have at most a few dozen); more go through a `BTreeMap`, so that a file with a hundred
/// thousand members costs n log n comparisons rather than n².
const SORTED_BY_INSERTION: usize = 32;

/// `members` sorted by name, a name written twice keeping its last value (as serde_json's
/// `Value` keeps them).
fn sorted_by_name(mut members: Vec<(String, Json)>) -> Vec<(String, Json)> {
    if members.len() > SORTED_BY_INSERTION {
        return crate::ordered::map_of(members).into_iter().collect();
    }
    crate::ordered::sort_small_by(&mut members, |a, b| a.0 < b.0);
    // The sort is stable: a name written twice is now in neighbouring places, in the order
    // written, and the last one's value is kept.
    members.dedup_by(|later, kept| {
        let same = later.0 == kept.0;
        if same {
            std::mem::swap(later, kept);
        }
        same
    });
    members
}

struct Parser<'a> {
    text: &'a str,
    /// A byte offset; it only ever stops on ASCII bytes, so slices at it are valid UTF-8.
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    /// The text from the cursor on.
    fn rest(&self) -> &str {
        self.text.get(self.at..).unwrap_or_default()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Skips white space, then takes `byte` if it comes next.
    fn eat(&mut self, byte: u8) -> bool {
        self.skip_space();
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }

    fn literal<T>(&mut self, word: &str, value: T) -> Option<T> {
        self.rest().starts_with(word).then(|| {
            self.at += word.len();
            value
        })
    }

    fn value(&mut self, depth: usize) -> Option<Json> {
        self.skip_space();
        match self.peek()? {
            b'n' => self.literal("null", Json::Null),
            b't' => self.literal("true", Json::Bool(true)),
            b'f' => self.literal("false", Json::Bool(false)),
            b'"' => self.string().map(Json::String),
            b'-' | b'0'..=b'9' => self.number(),
            b'[' => {
                let mut items = Vec::new();
                self.items(depth, |parser| {
                    items.push(parser.value(depth + 1)?);
                    Some(())
                })?;
                Some(Json::Array(items))
            }
            b'{' => {
                let mut members = Vec::new();
                self.members(depth, true, |parser, name| {
                    members.push((name, parser.value(depth + 1)?));
                    Some(())
                })?;
                Some(Json::Object(members))
            }
            _ => None,
        }
    }

    /// Checks the value under the cursor and moves past it, building nothing.
    fn skip(&mut self, depth: usize) -> Option<()> {
        self.skip_space();
        match self.peek()? {
            b'"' => self.scan_string(None),
            b'-' | b'0'..=b'9' => self.scan_number().map(drop),
            b'[' => self.items(depth, |parser| parser.skip(depth + 1)).map(drop),
            b'{' => self.members(depth, false, |parser, _| parser.skip(depth + 1)),
            b'n' => self.literal("null", ()),
            b't' => self.literal("true", ()),
            b'f' => self.literal("false", ()),
            _ => None,
        }
    }

    /// Walks the array under the cursor, `each` taking one item at a time; how many there were.
    fn items(
        &mut self,
        depth: usize,
        mut each: impl FnMut(&mut Self) -> Option<()>,
    ) -> Option<usize> {
        (depth < MAX_DEPTH).then_some(())?;
        self.at += 1;
        let mut count = 0;
        if !self.eat(b']') {
            loop {
                each(self)?;
                count += 1;
                if self.eat(b']') {
                    return Some(count);
                }
                self.eat(b',').then_some(())?;
            }
        }
        Some(count)
    }

    /// Walks the object under the cursor, `each` taking one member's value after its name (read
    /// only when `names`, else "").
    fn members(
        &mut self,
        depth: usize,
        names: bool,
        mut each: impl FnMut(&mut Self, String) -> Option<()>,
    ) -> Option<()> {
        (depth < MAX_DEPTH).then_some(())?;
        self.at += 1;
        if !self.eat(b'}') {
            loop {
                self.skip_space();
                (self.peek() == Some(b'"')).then_some(())?;
                let mut name = String::new();
                self.scan_string(names.then_some(&mut name))?;
                self.eat(b':').then_some(())?;
                each(self, name)?;
                if self.eat(b'}') {
                    return Some(());
                }
                self.eat(b',').then_some(())?;
            }
        }
        Some(())
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Option<Json> {
        self.scan_number().map(|text| Json::Number(text.to_owned()))
    }

    /// The number under the cursor, checked, as written.
    fn scan_number(&mut self) -> Option<&str> {
        let start = self.at;
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let leading_zero = self.peek() == Some(b'0');
        let whole = self.digits();
        if whole == 0 || (leading_zero && whole > 1) {
            return None;
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            (self.digits() > 0).then_some(())?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            (self.digits() > 0).then_some(())?;
        }
        self.text.get(start..self.at)
    }

    /// The string starting at the opening quote under the cursor.
    fn string(&mut self) -> Option<String> {
        let mut out = String::new();
        self.scan_string(Some(&mut out))?;
        Some(out)
    }

    /// Checks the string starting at the opening quote under the cursor and moves past it,
    /// writing its text to `out` when given.
    fn scan_string(&mut self, mut out: Option<&mut String>) -> Option<()> {
        self.at += 1;
        loop {
            let start = self.at;
            self.at += self
                .rest()
                .bytes()
                .position(|byte| matches!(byte, b'"' | b'\\' | 0..=0x1f))?;
            if let Some(out) = out.as_deref_mut() {
                out.push_str(self.text.get(start..self.at)?);
            }
            match self.peek()? {
                b'"' => {
                    self.at += 1;
                    return Some(());
                }
                b'\\' => {
                    self.at += 1;
                    let escaped = self.peek()?;
                    self.at += 1;
                    let character = match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.escaped_character()?,
                        _ => return None,
                    };
                    if let Some(out) = out.as_deref_mut() {
                        out.push(character);
                    }
                }
                // A raw control character.
                _ => return None,
            }
        }
    }

    /// The character of a `\u` escape (the cursor after the `u`), joining a surrogate pair.
    fn escaped_character(&mut self) -> Option<char> {
        let first = self.hex4()?;
        if !(0xD800..0xDC00).contains(&first) {
            return char::from_u32(first);
        }
        self.rest().starts_with("\\u").then_some(())?;
        self.at += 2;
        let second = self.hex4()?;
        (0xDC00..0xE000).contains(&second).then_some(())?;
        char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.text.get(self.at..self.at + 4)?;
        let value = u32::from_str_radix(digits, 16).ok()?;
        // from_str_radix also takes a sign.
        digits
            .bytes()
            .all(|byte| byte.is_ascii_hexdigit())
            .then_some(())?;
        self.at += 4;
        Some(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// serde_json's reading of `text`, in our terms (numbers as floats), to compare against.
    fn as_serde_reads(text: &str) -> Option<serde_json::Value> {
        serde_json::from_str(text).ok()
    }

    pub(super) fn to_serde(value: &Json) -> serde_json::Value {
        match value {
            Json::Null => serde_json::Value::Null,
            Json::Bool(value) => serde_json::Value::Bool(*value),
            Json::Number(text) => serde_json::from_str(text).unwrap(),
            Json::String(text) => serde_json::Value::String(text.clone()),
            Json::Array(items) => serde_json::Value::Array(items.iter().map(to_serde).collect()),
            Json::Object(members) => serde_json::Value::Object(
                members
                    .iter()
                    .map(|(name, value)| (name.clone(), to_serde(value)))
                    .collect(),
            ),
        }
    }

    #[test]
    fn reads_what_serde_json_reads() {
        for text in [
            r#"{"a":1,"b":[true,false,null],"c":{"d":"e"}}"#,
            " [ 1 , -2 , 0.5 , -0.0 , 1e3 , 2.5E-3 , 1E+2 ] ",
            r#""plain \"quoted\" \\ \/ \b\f\n\r\t \u00e9 \u20AC \ud83d\ude00 æøå 😀""#,
            "9007199254740993",
            "123456789.123456789e-5",
            "0",
            "{}",
            "[]",
            "[[[]]]",
        ] {
            let parsed = Json::parse(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(Some(to_serde(&parsed)), as_serde_reads(text), "{text}");
        }
    }

    #[test]
    fn refuses_what_serde_json_refuses() {
        let deep_ok = format!("{}{}", "[".repeat(128), "]".repeat(128));
        let too_deep = format!("{}{}", "[".repeat(129), "]".repeat(129));
        assert!(Json::parse(&deep_ok).is_some());
        for text in [
            "",
            " ",
            "nul",
            "True",
            "01",
            "-",
            "1.",
            ".5",
            "1e",
            "+1",
            "0x10",
            "NaN",
            r#""unterminated"#,
            "\"raw\ncontrol\"",
            r#""\x""#,
            r#""\u12""#,
            r#""\u+123""#,
            r#""\ud83d""#,
            r#""\ud83d\u0041""#,
            r#""\ude00""#,
            "[1,]",
            "[1 2]",
            r#"{"a" 1}"#,
            r#"{"a":1,}"#,
            "{a:1}",
            "{1:1}",
            "[1] x",
            &too_deep,
        ] {
            assert_eq!(Json::parse(text), None, "{text:?}");
            assert!(as_serde_reads(text).is_none(), "{text:?}");
        }
    }

    #[test]
    fn numbers_read_as_serde_json_reads_them_within_the_fast_path() {
        for text in [
            "0",
            "-0",
            "0.0",
            "40",
            "40.0",
            "62.35",
            "-0.5",
            "0.1",
            "1e3",
            "2.5E-3",
            "1E+2",
            "123456789012345",
            "9007199254740992",
            "1234567890123456.0",
            "1500000000000000000",
            "0.000001",
            "999999999999999e22",
        ] {
            let ours = Json::parse(text).unwrap().as_f64();
            let theirs: f64 = serde_json::from_str(text).unwrap();
            assert_eq!(ours.map(f64::to_bits), Some(theirs.to_bits()), "{text}");
        }
        // Beyond the fast path: not read as a float, rather than read wrongly.
        for text in [
            "1e400",
            "1e23",
            "9007199254740993",
            "1e-23",
            "1234.5678e-20",
            "0.30000000000000004",
            // Exponents at i32's ends, shifted further by the fraction or trailing zeros.
            "1.5e-2147483648",
            "10e2147483647",
            "1e-99999999999",
        ] {
            assert_eq!(Json::parse(text).unwrap().as_f64(), None, "{text}");
        }
    }

    #[test]
    fn floats_are_written_as_serde_json_writes_them_and_read_back_exactly() {
        for number in [
            0.0,
            -0.0,
            40.0,
            0.1,
            62.35,
            123.456,
            -0.5,
            1.0 / 3.0,
            2.5e-8,
            100_000.0,
            0.000_001,
            123_456_789.125,
            1.1e15,
            1_234_567_890_123_456.0,
        ] {
            let written = Json::float(number).to_text();
            let read = Json::parse(&written).unwrap().as_f64().unwrap();
            // 1/3 and 2.5e-8 need more than 9 decimals: they are rounded to 9.
            if number == 1.0 / 3.0 {
                assert_eq!(written, "0.333333333");
                continue;
            }
            if number == 2.5e-8 {
                assert_eq!(written, "0.000000025");
                continue;
            }
            assert_eq!(read.to_bits(), number.to_bits(), "{number}");
            assert_eq!(
                serde_json::from_str::<f64>(&written).unwrap().to_bits(),
                number.to_bits()
            );
            // serde_json writes small numbers with an exponent (1e-6); both read the same.
            if number == 0.0 || number.abs() >= 1e-5 {
                assert_eq!(written, serde_json::to_string(&number).unwrap(), "{number}");
            }
        }
        // Beyond what 9 decimals or 2^53 hold: as close as the digits stay exact, or whole.
        assert_eq!(Json::float(1e12 + 1.0 / 3.0).to_text(), "1000000000000.333");
        // Rounded to 9 decimals, the last of which is 0: written without it, as its reading
        // is written again (found by the property test of stored progress).
        assert_eq!(Json::float(1.400_864_940_1).to_text(), "1.40086494");
        assert_eq!(Json::float(1.400_864_94).to_text(), "1.40086494");
        assert_eq!(Json::float(-1e18).to_text(), "-1000000000000000000.0");
        assert_eq!(Json::float(1e20), Json::Null);
        assert_eq!(Json::parse("1e20").unwrap().as_f64(), Some(1e20));
        assert_eq!(Json::float(1e300), Json::Null);
        assert_eq!(Json::float(f64::NAN), Json::Null);
        assert_eq!(Json::float(f64::INFINITY), Json::Null);
        assert_eq!(Json::integer(-42).to_text(), "-42");
    }

    #[test]
    fn writes_what_serde_json_writes() {
        let value = Json::object([
            ("empty", Json::Object(Vec::new())),
            ("fraction", Json::float(0.1)),
            ("integer", Json::integer(-42)),
            ("list", Json::Array(vec![Json::Null, Json::Bool(true)])),
            (
                "text",
                Json::string("a \"b\" \\ \n\r\t\u{8}\u{c}\u{1} é 😀 \u{2028}"),
            ),
            ("whole", Json::float(40.0)),
        ]);
        let serde = serde_json::json!({
            "empty": {},
            "fraction": 0.1,
            "integer": -42,
            "list": [null, true],
            "text": "a \"b\" \\ \n\r\t\u{8}\u{c}\u{1} é 😀 \u{2028}",
            "whole": 40.0,
        });
        assert_eq!(value.to_text(), serde_json::to_string(&serde).unwrap());
    }

    #[test]
    fn exact_floats_are_written_as_serde_json_writes_them() {
        for number in [
            0.1 + 0.2,
            1e-7,
            1e-5,
            1e-6,
            0.000_123,
            123_456_789_012.34,
            9_007_199_254_740_993.0,
            1e15,
            1e16,
            1.5e16,
            1e21,
            1.5e300,
            5e-324,
            f64::MAX,
            f64::MIN_POSITIVE,
            -0.0,
            0.0,
            40.0,
            -1_234.5e-10,
            1.0 / 3.0,
            // Exactly halfway between two shortest candidates: the even one.
            -95_377_855_819_077.5 - 0.125,
            0.5,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            assert_eq!(
                Json::exact_float(number).to_text(),
                serde_json::to_string(&number).unwrap(),
                "{number:e}"
            );
        }
        assert_eq!(
            Json::exact_float(0.1 + 0.2).to_text(),
            "0.30000000000000004"
        );
        assert_eq!(Json::exact_float(1e-7).to_text(), "1e-7");
        assert_eq!(Json::exact_float(1e16).to_text(), "1e+16");
        assert_eq!(Json::exact_float(1e15).to_text(), "1000000000000000.0");
    }

    #[test]
    fn pretty_text_is_laid_out_as_serde_json_lays_it_out() {
        let value = Json::object([
            ("empty", Json::Object(Vec::new())),
            ("none", Json::Array(Vec::new())),
            (
                "list",
                Json::Array(vec![
                    Json::Null,
                    Json::object([("a", Json::Array(vec![Json::Bool(true)]))]),
                ]),
            ),
            ("text", Json::string("a \"b\" \n")),
            ("number", Json::exact_float(2.5)),
        ]);
        let serde = serde_json::json!({
            "empty": {},
            "list": [null, {"a": [true]}],
            "none": [],
            "number": 2.5,
            "text": "a \"b\" \n",
        });
        // serde_json's map is sorted; ours keeps the order given, here sorted too.
        let Json::Object(mut members) = value else {
            unreachable!()
        };
        members.sort_by(|(a, _), (b, _)| a.cmp(b));
        assert_eq!(
            Json::Object(members).to_pretty_text(),
            serde_json::to_string_pretty(&serde).unwrap()
        );
        assert_eq!(Json::Null.to_pretty_text(), "null");
    }

    #[test]
    fn read_as_a_value_numbers_beyond_f64_are_refused_and_the_last_of_a_name_counts() {
        assert_eq!(Json::parse_as_value("[1e400]"), None);
        assert_eq!(Json::parse_as_value("-1e400"), None);
        // Written out in full: 400 digits are beyond f64, 308 within it.
        assert_eq!(Json::parse_as_value(&format!("1{}", "0".repeat(399))), None);
        assert_eq!(
            Json::parse_as_value(&format!("-1{}", "0".repeat(399))),
            None
        );
        let within = format!("1{}", "0".repeat(307));
        assert_eq!(Json::parse_as_value(&within), Some(Json::Number(within)));
        assert_eq!(
            Json::parse_as_value("1e-400").and_then(|value| value.as_any_f64()),
            Some(0.0)
        );
        assert_eq!(
            Json::parse_as_value(r#"{"b":1,"a":{"y":1,"x":2},"b":3}"#),
            Json::parse(r#"{"a":{"x":2,"y":1},"b":3}"#)
        );
        assert_eq!(Json::integer(5).as_u64(), Some(5));
        for not_unsigned in ["-0", "-1", "1.0", "1e2", "18446744073709551616"] {
            assert_eq!(Json::Number(not_unsigned.to_owned()).as_u64(), None);
        }
    }

    #[test]
    fn fields_are_read_as_serde_reads_a_struct() {
        let names = &["a", "b", "c"];
        let object = Json::parse(r#"{"b":2,"z":[],"a":1}"#).unwrap();
        let fields = Fields::of(&object, names, &[]).unwrap();
        assert_eq!(
            fields.required("a").and_then(Json::read_unsigned::<u8>),
            Ok(1)
        );
        assert_eq!(fields.get("c"), Ok(None));
        assert_eq!(fields.optional("c", Json::read_f64), Ok(None));
        let twice = Json::parse(r#"{"a":1,"a":1}"#).unwrap();
        assert_eq!(
            Fields::of(&twice, names, &[]).unwrap().get("a"),
            Err(WrongShape)
        );
        let array = Json::parse("[1,2]").unwrap();
        assert!(Fields::of(&array, names, &[]).is_err(), "c has no default");
        let fields = Fields::of(&array, names, &["c"]).unwrap();
        assert_eq!(fields.required("b").and_then(Json::read_f64), Ok(2.0));
        assert_eq!(fields.get("c"), Ok(None));
        assert!(Fields::of(&Json::parse("[1,2,3,4]").unwrap(), names, &[]).is_err());
        assert!(Fields::of(&Json::Null, names, &[]).is_err());
        assert_eq!(Json::string("EUR").read_variant(), Ok("EUR"));
        assert_eq!(
            Json::parse(r#"{"EUR":null}"#).unwrap().read_variant(),
            Ok("EUR")
        );
        for not_a_variant in [
            r#"{"EUR":1}"#,
            r#"{"EUR":null,"USD":null}"#,
            "{}",
            "1",
            "null",
        ] {
            assert!(Json::parse(not_a_variant).unwrap().read_variant().is_err());
        }
    }

    #[test]
    fn counting_items_checks_everything_and_builds_nothing() {
        let text = r#" {"version":1,"entries":[{"a":[1,{"b":"\u00e9"}]},2,"x",null],"more":{}} "#;
        assert_eq!(Json::count_items(text, "entries"), Some(4));
        assert_eq!(Json::count_items(r#"{"entries":[]}"#, "entries"), Some(0));
        assert_eq!(Json::count_items(r#"{"entries":{}}"#, "entries"), None);
        assert_eq!(Json::count_items(r#"{"other":[1]}"#, "entries"), None);
        for broken in [
            r#"{"entries":[1,2}"#,
            r#"{"entries":[1,2],"x":tru}"#,
            r#"{"entries":[1,2]} x"#,
            r#"{"entries":["\ud800"]}"#,
            r#"{"entries":[01]}"#,
            "[1]",
        ] {
            assert_eq!(Json::count_items(broken, "entries"), None, "{broken}");
        }
        let deep = format!(r#"{{"entries":[{}{}]}}"#, "[".repeat(200), "]".repeat(200));
        assert_eq!(Json::count_items(&deep, "entries"), None);
    }

    #[test]
    fn lookups() {
        let value = Json::parse(r#"{"a":1,"a":2,"b":"x","c":[1.5],"d":1.0}"#).unwrap();
        assert_eq!(value.get("a"), Some(&Json::integer(1)));
        assert_eq!(value.get("b").and_then(Json::as_str), Some("x"));
        assert_eq!(
            value.get("c").and_then(Json::items).map(<[Json]>::len),
            Some(1)
        );
        assert_eq!(value.get("a").and_then(Json::as_integer::<u8>), Some(1));
        assert_eq!(value.get("d").and_then(Json::as_integer::<u8>), None);
        assert_eq!(value.get("d").and_then(Json::as_f64), Some(1.0));
        assert_eq!(Json::integer(300).as_integer::<u8>(), None);
        assert_eq!(value.get("missing"), None);
        assert_eq!(Json::Null.get("a"), None);
    }
}

/// Property tests (proptest): whatever text arrives, the reader answers without panicking and
/// agrees with serde_json; what the writer writes reads back as it was.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use proptest::prelude::*;

    use super::tests::to_serde;
    use super::*;
    use crate::test_support::arbitrary::{config, damaged, json, number_text};

    /// A stored history's shape, for `count_items` and for changes to make.
    const VALID: &str =
        r#"{"version":1,"entries":[{"name":"a","report":{"answers":{"kpis":2}}},[],null]}"#;

    proptest! {
        #![proptest_config(config(15_000))]

        /// Damaged text: read or refused, never a panic; what serde_json reads, this reads too,
        /// and what this reads it writes back to itself.
        #[test]
        fn damaged_text_is_read_or_refused(bytes in damaged(VALID)) {
            let text = String::from_utf8_lossy(&bytes);
            let ours = Json::parse(&text);
            let count = Json::count_items(&text, "entries");
            let as_serde_value = serde_json::from_str::<serde_json::Value>(&text).ok();
            if as_serde_value.is_some() {
                prop_assert!(ours.is_some(), "serde_json reads it");
            }
            // Read as a `Value`: what serde_json reads, and only that, as it reads it.
            prop_assert_eq!(Json::parse_as_value(&text).as_ref().map(to_serde), as_serde_value);
            match ours {
                Some(value) => prop_assert_eq!(Json::parse(&value.to_text()), Some(value)),
                None => prop_assert_eq!(count, None),
            }
        }
    }

    proptest! {
        #![proptest_config(config(10_000))]

        /// Any value written reads back as the same value, and `count_items` counts what
        /// parsing finds: the first member `entries` that is an array.
        #[test]
        fn what_is_written_reads_back(value in json()) {
            let text = value.to_text();
            let counted = Json::count_items(&text, "entries");
            prop_assert_eq!(Json::parse(&text), Some(value.clone()));
            let expected = value.members().and_then(|members| {
                members.iter().find_map(|(name, member)| {
                    (name == "entries").then(|| member.items().map(<[Json]>::len)).flatten()
                })
            });
            prop_assert_eq!(counted, expected);
        }

        /// Any number JSON can write, from tiny to huge, with and without a fraction and an
        /// exponent, is read as the float `str::parse` and serde_json read it, and one beyond
        /// the largest float is refused as serde_json refuses it.
        #[test]
        fn numbers_are_read_as_rust_and_serde_json_read_them(
            minus in any::<bool>(),
            whole in prop_oneof!["0", "[1-9][0-9]{0,25}", "[1-9][0-9]{300,320}"],
            fraction in proptest::option::of(prop_oneof!["[0-9]{1,25}", "0{300,330}[1-9]{1,3}"]),
            exponent in proptest::option::of((
                prop_oneof!["e", "E"],
                prop_oneof!["", "[+]", "-"],
                prop_oneof!["[0-9]{1,3}", "0{0,3}[1-9][0-9]{0,2}", "[1-9][0-9]{18,22}"],
            )),
        ) {
            let mut text = format!("{}{whole}", if minus { "-" } else { "" });
            if let Some(fraction) = &fraction {
                text = format!("{text}.{fraction}");
            }
            if let Some((e, sign, digits)) = &exponent {
                text = format!("{text}{e}{sign}{digits}");
            }
            let rust = text.parse::<f64>().ok().filter(|number| number.is_finite());
            let read = Json::parse(&text).and_then(|value| value.as_any_f64());
            prop_assert_eq!(read.map(f64::to_bits), rust.map(f64::to_bits), "{}", &text);
            let serde = serde_json::from_str::<serde_json::Value>(&text).ok();
            let value = Json::parse_as_value(&text);
            prop_assert_eq!(value.is_some(), serde.is_some(), "{}", &text);
            let serde_float = serde.as_ref().and_then(serde_json::Value::as_f64);
            prop_assert_eq!(
                value.and_then(|value| value.as_any_f64()).map(f64::to_bits),
                serde_float.map(f64::to_bits),
                "{}", &text
            );
        }

        /// Any float, every bit pattern, is written as serde_json writes it.
        #[test]
        fn every_float_is_written_exactly_as_serde_json_writes_it(bits in any::<u64>()) {
            let number = f64::from_bits(bits);
            prop_assert_eq!(
                Json::exact_float(number).to_text(),
                serde_json::to_string(&number).unwrap()
            );
        }

        /// So are the floats of amounts and percentages, and what reads back is the float.
        #[test]
        fn everyday_floats_are_written_exactly_as_serde_json_writes_them(
            number in prop_oneof![-1e7f64..1e7, -1.0f64..1.0, (any::<i32>(), 0u32..12).prop_map(|(digits, places)| f64::from(digits) / 10f64.powi(places as i32))],
        ) {
            let written = Json::exact_float(number);
            prop_assert_eq!(written.to_text(), serde_json::to_string(&number).unwrap());
            prop_assert_eq!(written.as_any_f64().map(f64::to_bits), Some(number.to_bits()));
        }

        /// Read as a `Value`, an object's members are sorted by name and a name written twice
        /// keeps its last value, as a `BTreeMap` keeps them: below and above the count sorted by
        /// insertion.
        #[test]
        fn read_as_a_value_members_are_sorted_and_the_last_of_a_name_counts(
            members in proptest::collection::vec((0_u8..40, any::<u8>()), 0..100),
        ) {
            let text = format!(
                "{{{}}}",
                members.iter().map(|(name, value)| format!("\"n{name}\":{value}")).collect::<Vec<_>>().join(",")
            );
            let expected: std::collections::BTreeMap<String, Json> = members
                .iter()
                .map(|(name, value)| (format!("n{name}"), Json::integer(*value)))
                .collect();
            prop_assert_eq!(Json::parse_as_value(&text), Some(Json::Object(expected.into_iter().collect())));
        }

        /// Any value's pretty text reads back as the value.
        #[test]
        fn pretty_text_reads_back(value in json()) {
            prop_assert_eq!(Json::parse(&value.to_pretty_text()), Some(value));
        }

        /// A number read as a float is the float serde_json reads (correctly rounded); one read
        /// as an integer is the integer written.
        #[test]
        fn numbers_read_exactly_or_not_at_all(text in number_text()) {
            let number = Json::Number(text.clone());
            if let Some(ours) = number.as_f64() {
                let theirs: f64 = serde_json::from_str(&text).unwrap();
                prop_assert_eq!(ours.to_bits(), theirs.to_bits());
            }
            if let Some(integer) = number.as_integer::<i64>() {
                prop_assert_eq!(text.parse::<i64>().ok(), Some(integer));
            }
        }

        /// What a float is written as reads back to a float that is written the same way, so
        /// storing a value read from storage writes the same text. Below a million: with more
        /// whole digits, rounding to the digits that stay exact may move the last one by one on
        /// each write (the 16th significant digit; no amount a person types has that many).
        #[test]
        fn a_written_float_is_written_again_the_same(number in -1e6f64..1e6) {
            let written = Json::float(number);
            if let Some(read) = written.as_f64() {
                prop_assert_eq!(Json::float(read), written);
            }
        }

        /// Every amount a person can type (up to ten digits before the decimal separator and
        /// four after) is written so that it reads back as the same float.
        #[test]
        fn every_amount_a_person_can_type_reads_back_exactly(
            whole in 0u64..10_000_000_000,
            (decimals, fraction) in (0u32..5).prop_flat_map(|decimals| (Just(decimals), 0..10_u64.pow(decimals))),
        ) {
            let typed = format!("{whole}.{fraction:0width$}", width = decimals as usize);
            let number: f64 = typed.parse().unwrap();
            let written = Json::float(number).to_text();
            prop_assert_eq!(
                Json::parse(&written).and_then(|value| value.as_f64()).map(f64::to_bits),
                Some(number.to_bits()),
                "{} written {}", typed, written
            );
        }
    }
}
