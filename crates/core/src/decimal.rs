//! Floats written and read in decimal for the whole widget, exactly as Rust and serde_json do:
//! `fixed` writes a fixed number of decimals as `format!("{:.N}")` does (locale numbers, SVG
//! coordinates), `shortest` the fewest digits that read back as the float as serde_json writes
//! them (the reports' JSON, through `json::Json::exact_float`), `plain` those digits as `{}`
//! writes a float, and `parse` reads decimal digits as the nearest float as `str::parse::<f64>`
//! does (the numbers people type, every JSON number the later screens read).
//!
//! Why not Rust's own: its float formatting (Grisu with Dragon as the fallback, their tables and
//! a 1280-bit integer) and its float reading (Eisel-Lemire with a 10 KiB table of powers of five,
//! and a decimal fallback) came to about 20 KiB of WebAssembly in the chunk the later screens
//! share. Here one small unsigned big integer does all of it, exactly: `fixed` rounds the
//! float's exact binary value to `decimals` decimals, a halfway case to the even digit; `parse`
//! rounds the exact decimal value to the nearest float, a halfway case to the even mantissa;
//! `shortest` finds its digits one at a time (Steele and White's free format). The common cases
//! (up to 19 digits within 10^±19 read, digits of a float below about 10^37 and above 10^-20
//! written) run in u128 without allocating, so a stored history of thousands of floats reads
//! and writes in milliseconds; the rest take the big integer's slower path.

/// An unsigned integer of any size: 32-bit limbs, least significant first, no zero limb at the
/// top (zero has none).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(value: u64) -> Big {
        let mut big = Big(vec![value as u32, (value >> 32) as u32]);
        big.trim();
        big
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    fn is_zero(&self) -> bool {
        self.0.is_empty()
    }

    /// How many bits it takes (0 for zero).
    fn bits(&self) -> u64 {
        match self.0.last() {
            Some(top) => (self.0.len() as u64) * 32 - u64::from(top.leading_zeros()),
            None => 0,
        }
    }

    fn bit(&self, index: u64) -> bool {
        let limb = usize::try_from(index / 32).unwrap_or(usize::MAX);
        self.0
            .get(limb)
            .is_some_and(|limb| limb >> (index % 32) & 1 == 1)
    }

    /// Whether any bit below `index` is set.
    fn any_below(&self, index: u64) -> bool {
        let whole = usize::try_from(index / 32).unwrap_or(usize::MAX);
        let part = (index % 32) as u32;
        self.0.iter().take(whole).any(|limb| *limb != 0)
            || (part > 0
                && self
                    .0
                    .get(whole)
                    .is_some_and(|limb| limb & ((1 << part) - 1) != 0))
    }

    /// `self * factor + carry`.
    fn mul_add_small(&mut self, factor: u32, carry: u32) {
        let mut carry = u64::from(carry);
        for limb in &mut self.0 {
            let product = u64::from(*limb) * u64::from(factor) + carry;
            *limb = product as u32;
            carry = product >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
        self.trim();
    }

    /// `self * 10^exponent`.
    fn mul_pow10(&mut self, mut exponent: u64) {
        while exponent > 0 {
            let step = exponent.min(9);
            self.mul_add_small(10_u32.pow(step as u32), 0);
            exponent -= step;
        }
    }

    /// `self * 2^shift`.
    fn shl(&self, shift: u64) -> Big {
        let whole = usize::try_from(shift / 32).unwrap_or(0);
        let part = (shift % 32) as u32;
        let mut limbs = vec![0; whole];
        let mut carry = 0_u32;
        for limb in &self.0 {
            limbs.push(if part == 0 {
                *limb
            } else {
                (limb << part) | carry
            });
            carry = if part == 0 { 0 } else { limb >> (32 - part) };
        }
        limbs.push(carry);
        let mut big = Big(limbs);
        big.trim();
        big
    }

    /// `self / 2^shift`, rounded down.
    fn shr(&self, shift: u64) -> Big {
        let whole = usize::try_from(shift / 32).unwrap_or(usize::MAX);
        let part = (shift % 32) as u32;
        let rest = self.0.get(whole..).unwrap_or(&[]);
        let mut limbs: Vec<u32> = rest
            .iter()
            .enumerate()
            .map(|(index, limb)| {
                let above = rest.get(index + 1).copied().unwrap_or(0);
                if part == 0 {
                    *limb
                } else {
                    (limb >> part) | (above << (32 - part))
                }
            })
            .collect();
        limbs.truncate(rest.len());
        let mut big = Big(limbs);
        big.trim();
        big
    }

    fn at_least(&self, other: &Big) -> bool {
        if self.0.len() != other.0.len() {
            return self.0.len() > other.0.len();
        }
        for (mine, theirs) in self.0.iter().rev().zip(other.0.iter().rev()) {
            if mine != theirs {
                return mine > theirs;
            }
        }
        true
    }

    /// `self + other`.
    fn add(&self, other: &Big) -> Big {
        let mut limbs = Vec::with_capacity(self.0.len().max(other.0.len()) + 1);
        let mut carry = 0_u64;
        for index in 0..self.0.len().max(other.0.len()) {
            let sum = u64::from(self.0.get(index).copied().unwrap_or(0))
                + u64::from(other.0.get(index).copied().unwrap_or(0))
                + carry;
            limbs.push(sum as u32);
            carry = sum >> 32;
        }
        limbs.push(carry as u32);
        let mut big = Big(limbs);
        big.trim();
        big
    }

    /// `self - other`, for `other <= self`.
    fn sub(&mut self, other: &Big) {
        let mut borrow = 0_i64;
        for (index, limb) in self.0.iter_mut().enumerate() {
            let theirs = i64::from(other.0.get(index).copied().unwrap_or(0));
            let mut difference = i64::from(*limb) - theirs - borrow;
            borrow = 0;
            if difference < 0 {
                difference += 1 << 32;
                borrow = 1;
            }
            *limb = difference as u32;
        }
        self.trim();
    }

    /// `(self / divisor, self % divisor)` for a divisor from 1 up.
    fn div_rem_small(&self, divisor: u32) -> (Big, u32) {
        let mut remainder = 0_u64;
        let mut limbs = vec![0; self.0.len()];
        for (index, limb) in self.0.iter().enumerate().rev() {
            let value = (remainder << 32) | u64::from(*limb);
            if let Some(slot) = limbs.get_mut(index) {
                *slot = (value / u64::from(divisor)) as u32;
            }
            remainder = value % u64::from(divisor);
        }
        let mut quotient = Big(limbs);
        quotient.trim();
        (quotient, remainder as u32)
    }

    /// Its decimal digits ("0" for zero).
    fn decimal(&self) -> String {
        let mut groups = Vec::new();
        let mut rest = self.clone();
        while !rest.is_zero() {
            let (quotient, group) = rest.div_rem_small(1_000_000_000);
            groups.push(group);
            rest = quotient;
        }
        // Nine digits a group, the first without its leading zeros (by hand rather than with
        // `u32`'s `Display`, which the first screens' code would then share).
        let mut digits = String::new();
        for group in groups.iter().rev() {
            let mut place = 100_000_000;
            while place > 0 {
                if !digits.is_empty() || group / place > 0 || place == 1 {
                    digits.push(char::from(b'0' + (group / place % 10) as u8));
                }
                place /= 10;
            }
        }
        if digits.is_empty() {
            digits.push('0');
        }
        digits
    }
}

/// The mantissa and binary exponent of a finite float's magnitude: `mantissa * 2^exponent`.
fn parts(value: f64) -> (u64, i64) {
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    }
}

/// `value` as `format!("{value:.decimals$}")` writes it: the exact value rounded to `decimals`
/// decimals, a halfway case to the even digit, a minus for negative values and negative zero,
/// and `NaN`, `inf` or `-inf` for what is not finite.
pub fn fixed(value: f64, decimals: usize) -> String {
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if value.is_nan() {
        return "NaN".to_owned();
    }
    if value.is_infinite() {
        return format!("{sign}inf");
    }
    let (mantissa, exponent) = parts(value);
    let mut scaled = Big::from_u64(mantissa);
    scaled.mul_pow10(decimals as u64);
    let rounded = if exponent >= 0 {
        scaled.shl(exponent.unsigned_abs())
    } else {
        let shift = exponent.unsigned_abs();
        let mut whole = scaled.shr(shift);
        let half = scaled.bit(shift - 1);
        let odd = whole.bit(0);
        if half && (odd || scaled.any_below(shift - 1)) {
            whole.mul_add_small(1, 1);
        }
        whole
    };
    let mut digits = String::new();
    let written = rounded.decimal();
    for _ in written.len()..=decimals {
        digits.push('0');
    }
    digits.push_str(&written);
    match digits.split_at_checked(digits.len() - decimals) {
        Some((whole, fraction)) if decimals > 0 => format!("{sign}{whole}.{fraction}"),
        _ => format!("{sign}{digits}"),
    }
}

/// Which of two shortest digit strings equally near a float `shortest` takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tie {
    /// The one whose last digit is even, as serde_json writes floats (`json`'s exact floats).
    Even,
    /// The larger, as Rust's `{}` and `{:e}` write them.
    Larger,
}

/// The significant digits of a finite float's magnitude (ASCII, at least one, no trailing
/// zeros; `"0"` for zero) and the decimal exponent of the first: the fewest digits that
/// `parse` reads back as exactly this float, of those the nearest to it, and of two equally
/// near the one `tie` says. `None` when it is not finite.
///
/// Steele and White's free-format digits as Burger and Dybvig refined them: the value and the
/// halfway points to its neighbouring floats as fractions of one denominator, one digit at a
/// time, until a digit lands inside the interval that reads back as the float (inclusive when
/// the mantissa is even, as reading rounds a halfway case to the even mantissa).
pub fn shortest(value: f64, tie: Tie) -> Option<(String, i32)> {
    if !value.is_finite() {
        return None;
    }
    let (mantissa, exponent) = parts(value);
    if mantissa == 0 {
        return Some(("0".to_owned(), 0));
    }
    // In units of 2^binary: the value is mantissa << shift, the gap down to the halfway point
    // below 1, the gap up 1 << (shift - 1); above a power of two the gap below is half the gap
    // above.
    let narrow_below = mantissa == 1 << 52 && exponent > -1074;
    let shift: i64 = if narrow_below { 2 } else { 1 };
    let binary = exponent - shift;
    // The first digit's power of ten: never above it, one or two below when the estimate from
    // the binary exponent falls short (`scaled_parts` corrects it).
    let bits = 64 - i64::from(mantissa.leading_zeros());
    let estimate = ((exponent + bits - 1) as f64 * std::f64::consts::LOG10_2 - 1e-10).ceil();
    let inclusive = mantissa % 2 == 0;
    let start = (
        mantissa << shift,
        1 << (shift - 1),
        binary,
        estimate as i32,
        inclusive,
    );
    // Below 2^124 the digits are found in u128, without a big integer's allocations: every
    // number involved stays below eleven times the denominator.
    let (digits, power) = match scaled_parts::<u128>(start)
        .filter(|(_, _, _, denominator, _)| *denominator < 1 << 124)
    {
        Some((scaled, up, down, denominator, power)) => (
            free_format_digits(scaled, up, down, denominator, inclusive, tie),
            power,
        ),
        None => {
            let (scaled, up, down, denominator, power) = scaled_parts::<Big>(start)?;
            (
                free_format_digits(scaled, up, down, denominator, inclusive, tie),
                power,
            )
        }
    };
    let mut text: String = digits
        .iter()
        .map(|digit| char::from(b'0' + digit))
        .collect();
    while text.len() > 1 && text.ends_with('0') {
        text.pop();
    }
    Some((text, power - 1))
}

/// The value, the gaps up and down to the halfway points, and the denominator they share, for
/// `(scaled mantissa, gap above, binary exponent, estimated power of ten, inclusive)`, scaled
/// so that the value is below 1 and the first digit's power of ten (returned) is right.
/// `None` when they do not fit in `N`.
fn scaled_parts<N: Scaled>(
    (mantissa, gap, binary, mut power, inclusive): (u64, u64, i64, i32, bool),
) -> Option<(N, N, N, N, i32)> {
    let (mut scaled, mut up, mut down) = (N::of(mantissa), N::of(gap), N::of(1));
    let mut denominator = N::of(1);
    if binary >= 0 {
        scaled = scaled.shifted(binary.unsigned_abs())?;
        up = up.shifted(binary.unsigned_abs())?;
        down = down.shifted(binary.unsigned_abs())?;
    } else {
        denominator = denominator.shifted(binary.unsigned_abs())?;
    }
    if power >= 0 {
        denominator.times_pow10(u64::from(power.unsigned_abs()))?;
    } else {
        scaled.times_pow10(u64::from(power.unsigned_abs()))?;
        up.times_pow10(u64::from(power.unsigned_abs()))?;
        down.times_pow10(u64::from(power.unsigned_abs()))?;
    }
    while reaches(&scaled.plus(&up), &denominator, inclusive) {
        denominator.times_pow10(1)?;
        power += 1;
    }
    Some((scaled, up, down, denominator, power))
}

/// What the digit generation needs of a number: u128 when everything fits, `Big` else.
trait Scaled: Sized {
    fn of(value: u64) -> Self;
    /// `self * 2^shift`; `None` when it does not fit.
    fn shifted(&self, shift: u64) -> Option<Self>;
    /// `self * 10^exponent`; `None` when it does not fit.
    fn times_pow10(&mut self, exponent: u64) -> Option<()>;
    fn times_ten(&mut self);
    /// `self + other`, which for u128 stays at its largest rather than wrap (and so still
    /// compares as the sum would).
    fn plus(&self, other: &Self) -> Self;
    fn at_least(&self, other: &Self) -> bool;
    fn minus(&mut self, other: &Self);
}

impl Scaled for u128 {
    fn of(value: u64) -> u128 {
        u128::from(value)
    }
    fn shifted(&self, shift: u64) -> Option<u128> {
        (shift < u64::from(self.leading_zeros())).then(|| self << shift)
    }
    fn times_pow10(&mut self, exponent: u64) -> Option<()> {
        *self = self.checked_mul(10_u128.checked_pow(u32::try_from(exponent).ok()?)?)?;
        Some(())
    }
    fn times_ten(&mut self) {
        *self *= 10;
    }
    fn plus(&self, other: &u128) -> u128 {
        self.saturating_add(*other)
    }
    fn at_least(&self, other: &u128) -> bool {
        self >= other
    }
    fn minus(&mut self, other: &u128) {
        *self -= other;
    }
}

impl Scaled for Big {
    fn of(value: u64) -> Big {
        Big::from_u64(value)
    }
    fn shifted(&self, shift: u64) -> Option<Big> {
        Some(self.shl(shift))
    }
    fn times_pow10(&mut self, exponent: u64) -> Option<()> {
        self.mul_pow10(exponent);
        Some(())
    }
    fn times_ten(&mut self) {
        self.mul_add_small(10, 0);
    }
    fn plus(&self, other: &Big) -> Big {
        self.add(other)
    }
    fn at_least(&self, other: &Big) -> bool {
        Big::at_least(self, other)
    }
    fn minus(&mut self, other: &Big) {
        self.sub(other);
    }
}

/// Whether `sum` reaches `limit`: at or beyond it when the interval is `inclusive`, beyond it
/// else.
fn reaches<N: Scaled>(sum: &N, limit: &N, inclusive: bool) -> bool {
    if inclusive {
        sum.at_least(limit)
    } else {
        !limit.at_least(sum)
    }
}

/// The digits of `scaled / denominator` (below 1), one at a time, until the rest is within
/// `down` below (the digits so far read back as the float) or the next digit up is within `up`
/// above; when both, the nearer, and when equally near the one `tie` says.
fn free_format_digits<N: Scaled>(
    mut scaled: N,
    mut up: N,
    mut down: N,
    denominator: N,
    inclusive: bool,
    tie: Tie,
) -> Vec<u8> {
    let mut digits = Vec::new();
    loop {
        scaled.times_ten();
        up.times_ten();
        down.times_ten();
        let mut digit = 0_u8;
        while scaled.at_least(&denominator) {
            scaled.minus(&denominator);
            digit += 1;
        }
        let low_enough = reaches(&down, &scaled, inclusive);
        let high_enough = reaches(&scaled.plus(&up), &denominator, inclusive);
        let round_up = match (low_enough, high_enough) {
            (false, false) => {
                digits.push(digit);
                continue;
            }
            (true, false) => false,
            (false, true) => true,
            (true, true) => {
                let twice = scaled.plus(&scaled);
                if twice.at_least(&denominator) && denominator.at_least(&twice) {
                    tie == Tie::Larger || digit % 2 == 1
                } else {
                    twice.at_least(&denominator)
                }
            }
        };
        digits.push(digit + u8::from(round_up));
        return digits;
    }
}

/// `value` exactly as Rust's `{}` writes a float (`f64`'s `Display`, which the wasm then need
/// not carry): the shortest digits (`shortest`, the larger on a tie) in plain notation, without
/// a decimal point for a whole number (`260`, `-0`, `0.1`, `0.0000001`,
/// `1000000000000000000000`), and `NaN`, `inf` or `-inf` for what is not finite.
pub fn plain(value: f64) -> String {
    let sign = if value.is_sign_negative() { "-" } else { "" };
    let Some((digits, exponent)) = shortest(value, Tie::Larger) else {
        return if value.is_nan() {
            "NaN".to_owned()
        } else {
            format!("{sign}inf")
        };
    };
    let zeros = |count: i64| "0".repeat(usize::try_from(count).unwrap_or(0));
    let count = i64::try_from(digits.len()).unwrap_or(i64::MAX);
    let exponent = i64::from(exponent);
    if digits == "0" {
        format!("{sign}0")
    } else if exponent < 0 {
        format!("{sign}0.{}{digits}", zeros(-exponent - 1))
    } else if exponent + 1 >= count {
        format!("{sign}{digits}{}", zeros(exponent + 1 - count))
    } else {
        match digits.split_at_checked(usize::try_from(exponent + 1).unwrap_or(0)) {
            Some((whole, fraction)) => format!("{sign}{whole}.{fraction}"),
            None => format!("{sign}{digits}"),
        }
    }
}

/// Significant digits beyond these cannot change the nearest float (no float's halfway point
/// needs more than 768), once a nonzero digit after them stands in for all the others.
const KEPT_DIGITS: usize = 800;

/// The number written `digits` (ASCII digits only, at least one) times `10^exponent`, rounded to
/// the nearest float as `str::parse::<f64>` rounds it (a halfway case to the even mantissa);
/// infinity when it is beyond the largest float, zero when it is below half the smallest. `None`
/// when `digits` is empty or holds anything but ASCII digits.
pub fn parse(digits: &str, exponent: i64) -> Option<f64> {
    if digits.is_empty() || !digits.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    // Without leading and trailing zeros (by hand, as `json` reads digits: the first screens
    // have `trim_*_matches`, which they would then share and no longer have inlined).
    let bytes = digits.as_bytes();
    let Some(first) = bytes.iter().position(|byte| *byte != b'0') else {
        return Some(0.0);
    };
    let last = bytes
        .iter()
        .rposition(|byte| *byte != b'0')
        .unwrap_or(first);
    let significant = bytes.get(first..=last)?;
    let exponent = exponent.saturating_add(i64::try_from(bytes.len() - last - 1).ok()?);
    // The decimal exponent of the first digit decides the very large and the very small.
    let count = i64::try_from(significant.len()).ok()?;
    let magnitude = exponent.saturating_add(count - 1);
    if magnitude > 310 {
        return Some(f64::INFINITY);
    }
    if magnitude < -330 {
        return Some(0.0);
    }
    if let Some(value) = parse_small(significant, exponent) {
        return Some(value);
    }
    let (kept, dropped) = significant.split_at(significant.len().min(KEPT_DIGITS));
    let sticky = dropped.iter().any(|byte| *byte != b'0');
    let exponent = exponent + i64::try_from(dropped.len()).ok()? - i64::from(sticky);
    let mut numerator = Big(Vec::new());
    for digit in kept.iter().chain(sticky.then_some(&b'1')) {
        numerator.mul_add_small(10, u32::from(digit - b'0'));
    }
    let mut denominator = Big::from_u64(1);
    if exponent >= 0 {
        numerator.mul_pow10(exponent.unsigned_abs());
    } else {
        denominator.mul_pow10(exponent.unsigned_abs());
    }
    // Scaled so that the quotient has 55 or 56 bits: value = (quotient + remainder) * 2^scale.
    let scale = numerator.bits() as i64 - denominator.bits() as i64 - 55;
    let (mut remainder, divisor) = if scale >= 0 {
        (numerator, denominator.shl(scale.unsigned_abs()))
    } else {
        (numerator.shl(scale.unsigned_abs()), denominator)
    };
    let mut quotient = 0_u64;
    for bit in (0..57).rev() {
        let shifted = divisor.shl(bit);
        if remainder.at_least(&shifted) {
            remainder.sub(&shifted);
            quotient |= 1 << bit;
        }
    }
    // 53 bits of mantissa, fewer for a subnormal float, whose last bit is 2^-1074.
    let length = 64 - i64::from(quotient.leading_zeros());
    let mut dropped = length - 53;
    if scale + dropped < -1074 {
        dropped = -1074 - scale;
    }
    let dropped = u32::try_from(dropped).ok()?;
    let mut mantissa = quotient.checked_shr(dropped).unwrap_or(0);
    let half = (1..=64).contains(&dropped) && (quotient >> (dropped - 1)) & 1 == 1;
    let below_half = match dropped {
        0 | 1 => 0,
        2..=64 => quotient & ((1 << (dropped - 1)) - 1),
        _ => quotient,
    };
    if half && (below_half != 0 || !remainder.is_zero() || mantissa & 1 == 1) {
        mantissa += 1;
    }
    let mut exponent = scale + i64::from(dropped);
    if mantissa == 1 << 53 {
        mantissa >>= 1;
        exponent += 1;
    }
    if exponent > 971 {
        return Some(f64::INFINITY);
    }
    let power = if exponent >= -1022 {
        f64::from_bits(u64::try_from(exponent + 1023).ok()? << 52)
    } else {
        f64::from_bits(1_u64.checked_shl(u32::try_from(exponent + 1074).ok()?)?)
    };
    // Exact: the mantissa has at most 53 bits and the product is a float.
    Some(mantissa as f64 * power)
}

/// The common case of `parse` in u128, with no allocation: `significant` (at most 19 digits,
/// the first not zero) times 10^`exponent` for an exponent from -19 to 19, which covers the
/// shortest digits of every float from 1e-19 up to 1e19 (amounts, percentages, hours). `None`
/// for the others.
fn parse_small(significant: &[u8], exponent: i64) -> Option<f64> {
    if significant.len() > 19 || !(-19..=19).contains(&exponent) {
        return None;
    }
    // Below 10^19, so below 2^64; times 10^19 below 2^128.
    let whole = significant
        .iter()
        .fold(0_u128, |value, digit| value * 10 + u128::from(digit - b'0'));
    let power = 10_u128.pow(u32::try_from(exponent.unsigned_abs()).ok()?);
    if exponent >= 0 {
        // Rust converts an integer to the nearest float, a halfway case to the even mantissa.
        return Some((whole * power) as f64);
    }
    // Shifted to 128 bits, the quotient has at least 64, far more than the float's 53 and its
    // rounding bit: a remainder only needs to show in the lowest bit to round as the exact
    // quotient rounds. Times 2^-shift is exact (the result is at least 1e-19).
    let shift = whole.leading_zeros();
    let numerator = whole << shift;
    let quotient = numerator / power;
    let sticky = u128::from(numerator % power != 0);
    let scale = f64::from_bits(u64::from(1023_u32.checked_sub(shift)?) << 52);
    Some((quotient | sticky) as f64 * scale)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `digits` (with an optional `.`) in the plain notation `str::parse` reads, as (digits,
    /// exponent) for `parse`.
    fn split(text: &str) -> (String, i64) {
        let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
        (format!("{whole}{fraction}"), -(fraction.len() as i64))
    }

    fn parsed(text: &str) -> Option<f64> {
        let (digits, exponent) = split(text);
        parse(&digits, exponent)
    }

    #[test]
    fn fixed_rounds_as_rust_rounds() {
        for (value, decimals, written) in [
            (0.0, 0, "0"),
            (-0.0, 1, "-0.0"),
            (0.5, 0, "0"),
            (1.5, 0, "2"),
            (2.5, 0, "2"),
            (0.125, 2, "0.12"),
            (0.375, 2, "0.38"),
            (0.15, 1, "0.1"),
            (0.25, 1, "0.2"),
            (0.35, 1, "0.3"),
            (1234.5678, 2, "1234.57"),
            (-1234.5678, 1, "-1234.6"),
            (-0.04, 1, "-0.0"),
            (1e21, 0, "1000000000000000000000"),
            (f64::MAX, 0, &format!("{:.0}", f64::MAX)),
            (5e-324, 3, "0.000"),
            (f64::NAN, 2, "NaN"),
            (f64::INFINITY, 2, "inf"),
            (f64::NEG_INFINITY, 0, "-inf"),
        ] {
            assert_eq!(fixed(value, decimals), written, "{value:e} to {decimals}");
            assert_eq!(fixed(value, decimals), format!("{value:.decimals$}"));
        }
    }

    /// Rust's `{:e}` of a float's magnitude as (digits, exponent), as `shortest` gives them.
    fn rust_shortest(value: f64) -> (String, i32) {
        let written = format!("{:e}", value.abs());
        let (mantissa, exponent) = written.split_once('e').unwrap();
        (mantissa.replace('.', ""), exponent.parse().unwrap())
    }

    /// Whether `value`'s exact decimal value is halfway between two numbers of `digits`
    /// significant digits: its digits after those are a 5 and nothing else.
    fn is_halfway_at(value: f64, digits: usize) -> bool {
        let exact = format!("{:.1100e}", value.abs());
        let exact = exact.split_once('e').unwrap().0.replace('.', "");
        let rest = exact.get(digits..).unwrap_or("");
        rest.starts_with('5') && rest[1..].bytes().all(|digit| digit == b'0')
    }

    /// `shortest` gives what Rust's `{:e}` gives when a tie goes to the larger, and `{}` is
    /// `plain`; when a tie goes to the even digit it differs only in a halfway case, where both
    /// are as short and read back as `value`.
    fn assert_shortest_as_rust(value: f64) {
        let rust = rust_shortest(value);
        assert_eq!(
            shortest(value, Tie::Larger),
            Some(rust.clone()),
            "{value:e}"
        );
        assert_eq!(plain(value), format!("{value}"), "{value:e}");
        let (digits, exponent) = shortest(value, Tie::Even).unwrap();
        if (digits.clone(), exponent) != rust {
            assert_eq!(digits.len(), rust.0.len(), "{value:e}: {digits}e{exponent}");
            assert!(
                is_halfway_at(value, digits.len()),
                "{value:e}: {digits}e{exponent}"
            );
            assert!(digits.ends_with(['0', '2', '4', '6', '8']), "{value:e}");
        }
        let back: f64 = format!("0.{digits}e{}", exponent + 1).parse().unwrap();
        assert_eq!(back, value.abs(), "{value:e} reads back");
        let last = i64::from(exponent) - digits.len() as i64 + 1;
        assert_eq!(parse(&digits, last), Some(value.abs()));
    }

    /// Halfway between two shortest candidates, `...762` and `...763` at 16 digits.
    const HALFWAY: f64 = 95_377_855_819_077.5 + 0.125;

    #[test]
    fn shortest_writes_as_rust_writes() {
        for value in [
            0.1 + 0.2,
            0.1,
            1.0 / 3.0,
            2.0 / 3.0,
            1e-7,
            1e15,
            1e16,
            1e21,
            1e22,
            1e23,
            9_007_199_254_740_993.0,
            123_456_789_012.34,
            1_234.5e-10,
            5e-324,
            1e-323,
            f64::MIN_POSITIVE,
            f64::MIN_POSITIVE - 5e-324,
            f64::MAX,
            2.0_f64.powi(-1022),
            2.0_f64.powi(60),
            2.0_f64.powi(-60),
            40.0,
            260.0,
            355.105_651_629_515_4,
            0.5,
            HALFWAY,
        ] {
            assert_shortest_as_rust(value);
        }
        assert_eq!(shortest(0.0, Tie::Even), Some(("0".to_owned(), 0)));
        assert_eq!(shortest(-0.0, Tie::Larger), Some(("0".to_owned(), 0)));
        assert_eq!(
            shortest(0.1 + 0.2, Tie::Even),
            Some(("30000000000000004".to_owned(), -1))
        );
        assert_eq!(
            shortest(-HALFWAY, Tie::Even),
            Some(("9537785581907762".to_owned(), 13))
        );
        assert_eq!(
            shortest(-HALFWAY, Tie::Larger),
            Some(("9537785581907763".to_owned(), 13))
        );
        assert_eq!(plain(HALFWAY), "95377855819077.63");
        assert_eq!(shortest(f64::NAN, Tie::Even), None);
        assert_eq!(shortest(f64::INFINITY, Tie::Larger), None);
        for (value, written) in [
            (0.0, "0"),
            (-0.0, "-0"),
            (260.0, "260"),
            (0.1, "0.1"),
            (-1.5, "-1.5"),
            (1e-7, "0.0000001"),
            (1e21, "1000000000000000000000"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
        ] {
            assert_eq!(plain(value), written);
            assert_eq!(plain(value), format!("{value}"));
        }
    }

    #[test]
    fn parse_reads_as_rust_reads() {
        for text in [
            "0",
            "0.0",
            "000",
            "1",
            "1250.5",
            "0.1",
            "0.3",
            "12345678901234567890",
            "9007199254740993",
            "9007199254740995",
            "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368",
            "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000247032822920623272088284396434110686182529901307162382212792841250337753635104375932649918180817996189898282347722858865463328355177969898199387398005390939063150356595155702263922908583924491051844359318028499365361525003193704576782492193656236698636584807570015857692699037063119282795585513329278343384093519780155312465972635795746227664652728272200563740064854999770965994704540208281662262378573934507363390079677619305775067401763246736009689513405355374585166611342237666786041621596804619144672918403005300575308490487653917113865916462395249126236538818796362393732804238910186723484976682350898633885879256283027559956575244555072551893136908362547791869486679949683240497058210285131854513962138377228261454376934125320985913276672363281255",
            "0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
        ] {
            assert_eq!(parsed(text), text.parse::<f64>().ok(), "{text}");
        }
        assert_eq!(parse(&"9".repeat(400), 0), Some(f64::INFINITY));
        assert_eq!(parse("1", -400), Some(0.0));
        assert_eq!(parse("", 0), None);
        assert_eq!(parse("1-2", 0), None);
        assert_eq!(parse("١", 0), None, "only ASCII digits");
        // Long, and just above a halfway point only in its last digit.
        let long = format!("9007199254740993.{}1", "0".repeat(100_000));
        assert_eq!(parsed(&long), long.parse::<f64>().ok());
        assert_eq!(parsed(&long), Some(9007199254740994.0));
    }

    /// The exact decimal value of `(low + high) / 2`, halfway between two adjacent floats, in
    /// plain notation: each written exactly (`{:.1100}` writes every digit), added digit by
    /// digit and halved.
    fn halfway(low: f64, high: f64) -> String {
        let (a, b) = (format!("{low:.1100}"), format!("{high:.1100}"));
        let width = a.len().max(b.len());
        let (a, b) = (format!("{a:0>width$}"), format!("{b:0>width$}"));
        let mut sum = Vec::new();
        let mut carry = 0;
        for (x, y) in a.bytes().rev().zip(b.bytes().rev()) {
            if x == b'.' {
                sum.push(b'.');
                continue;
            }
            let digit = (x - b'0') + (y - b'0') + carry;
            sum.push(digit % 10 + b'0');
            carry = digit / 10;
        }
        sum.push(carry + b'0');
        sum.reverse();
        let mut half = Vec::new();
        let mut rest = 0;
        for byte in sum.iter().chain(b"0") {
            if *byte == b'.' {
                half.push(b'.');
                continue;
            }
            let value = rest * 10 + (byte - b'0');
            half.push(value / 2 + b'0');
            rest = value % 2;
        }
        String::from_utf8(half).unwrap()
    }

    proptest! {
        #[test]
        fn fixed_writes_every_float_as_rust_writes_it(bits in any::<u64>(), decimals in 0_usize..24) {
            let value = f64::from_bits(bits);
            prop_assert_eq!(fixed(value, decimals), format!("{value:.decimals$}"));
        }

        #[test]
        fn fixed_writes_everyday_figures_as_rust_writes_them(
            value in -1e7_f64..1e7,
            decimals in 0_usize..4,
        ) {
            prop_assert_eq!(fixed(value, decimals), format!("{value:.decimals$}"));
        }

        #[test]
        fn fixed_rounds_halfway_figures_to_even(
            whole in -100_000_i64..100_000,
            decimals in 0_u32..6,
            odd in 0_u64..32,
        ) {
            // Halfway between two figures of `decimals` decimals and exact in binary: an odd
            // multiple of 2^-(decimals + 1).
            let eighths = (2 * odd + 1) % (1 << (decimals + 1));
            let value = whole as f64 + eighths as f64 / f64::from(1_u32 << (decimals + 1));
            let decimals = decimals as usize;
            prop_assert_eq!(fixed(value, decimals), format!("{value:.decimals$}"));
        }

        #[test]
        fn shortest_writes_every_float_as_rust_writes_it(bits in any::<u64>()) {
            let value = f64::from_bits(bits);
            prop_assume!(value.is_finite());
            assert_shortest_as_rust(value);
        }

        #[test]
        fn shortest_writes_everyday_figures_as_rust_writes_them(
            value in prop_oneof![
                -1e7_f64..1e7,
                -1.0_f64..1.0,
                0.0_f64..100.0,
                (any::<i32>(), 0_u32..12).prop_map(|(digits, places)| f64::from(digits) / 10_f64.powi(places as i32)),
                (0_u32..100_000_000, 0_u32..3).prop_map(|(cents, scale)| f64::from(cents) / 100.0 * 10_f64.powi(scale as i32)),
                (1_u32..200, 1_u32..60).prop_map(|(hours, people)| f64::from(hours) * 0.25 * f64::from(people) * 52.0 / 12.0),
                (0_u32..1000, 0_u32..1000).prop_map(|(a, b)| f64::from(a) * 0.1 + f64::from(b) * 0.2),
            ],
        ) {
            assert_shortest_as_rust(value);
        }

        /// Floats with few bits below their point (or above 2^53) are where two shortest
        /// strings can be equally near: each rule holds there too.
        #[test]
        fn shortest_settles_halfway_cases_by_its_rule(
            mantissa in (1_u64 << 50)..(1 << 53),
            scale in -12_i32..40,
        ) {
            assert_shortest_as_rust(mantissa as f64 * 2_f64.powi(scale));
        }

        #[test]
        fn parse_reads_short_digits_as_rust_reads_them(
            digits in "[1-9][0-9]{0,18}",
            exponent in -21_i64..22,
        ) {
            let text = format!("{digits}e{exponent}");
            prop_assert_eq!(parse(&digits, exponent), text.parse::<f64>().ok(), "{}", text);
        }

        #[test]
        fn parse_reads_every_float_written_as_rust_reads_it(bits in any::<u64>(), precision in 0_usize..25) {
            let value = f64::from_bits(bits);
            prop_assume!(value.is_finite());
            // Scientific notation, as (digits, exponent): every written digit counts.
            let written = format!("{:.precision$e}", value.abs());
            let (mantissa, power) = written.split_once('e').unwrap();
            let (digits, exponent) = split(mantissa);
            let exponent = exponent + power.parse::<i64>().unwrap();
            prop_assert_eq!(parse(&digits, exponent), format!("{}e{exponent}", digits).parse::<f64>().ok());
        }

        #[test]
        fn parse_reads_typed_numbers_as_rust_reads_them(
            whole in "[0-9]{1,25}",
            fraction in proptest::option::of("[0-9]{1,25}"),
        ) {
            let text = match &fraction {
                Some(fraction) => format!("{whole}.{fraction}"),
                None => whole.clone(),
            };
            prop_assert_eq!(parsed(&text), text.parse::<f64>().ok(), "{}", text);
        }

        #[test]
        fn parse_rounds_halfway_to_even_as_rust_does(bits in 1_u64..0x7fef_ffff_ffff_ffff) {
            let low = f64::from_bits(bits);
            let high = f64::from_bits(bits + 1);
            prop_assume!(low.abs() > 1e-300 && high < 1e300);
            let text = halfway(low, high);
            let expected = text.parse::<f64>().ok();
            prop_assert_eq!(parsed(&text), expected);
            // Just above and below the halfway point, the nearer float.
            let above = format!("{text}1");
            prop_assert_eq!(parsed(&above), above.parse::<f64>().ok());
            prop_assert_eq!(parsed(&above), Some(high));
        }
    }
}
