//! Geometry for the result's radar chart and the line charts (the ROI's months, the history's
//! trend), computed here so it is tested natively; the view only writes the numbers into SVG
//! attributes.
//!
//! The radar's spokes need a sine and a cosine. Rust's `f64::sin` and `cos` in WebAssembly are
//! libm's (musl's, in compiler_builtins), whose general argument reduction alone is 4.8 KB; here
//! are the same steps for the angles a chart has (below about a million radians): the reduction
//! by multiples of π/2 in two or three parts and fdlibm's two polynomials, so every point is
//! the float it was with Rust's, bit for bit (tested against the `libm` crate).

use crate::decimal::fixed;

/// A point in SVG user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// A radar chart of `axes` spokes around a centre, the first spoke pointing straight up and the
/// rest clockwise.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Radar {
    pub centre: Point,
    pub radius: f64,
    pub axes: usize,
}

impl Radar {
    /// The point on spoke `axis` at `value` percent (clamped to 0–100) of the radius.
    pub fn point(&self, axis: usize, value: f64) -> Point {
        let angle = -std::f64::consts::FRAC_PI_2
            + std::f64::consts::TAU * axis as f64 / self.axes.max(1) as f64;
        let distance = self.radius * value.clamp(0.0, 100.0) / 100.0;
        let (sine, cosine) = sin_cos(angle);
        Point {
            x: self.centre.x + distance * cosine,
            y: self.centre.y + distance * sine,
        }
    }

    /// An SVG `points` attribute for a polygon through one value per spoke.
    pub fn polygon(&self, values: &[f64]) -> String {
        values
            .iter()
            .enumerate()
            .map(|(axis, value)| {
                let point = self.point(axis, *value);
                format!("{},{}", fixed(point.x, 1), fixed(point.y, 1))
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A ring at `value` percent on every spoke (the chart's grid).
    pub fn ring(&self, value: f64) -> String {
        self.polygon(&vec![value; self.axes])
    }
}

/// `(angle.sin(), angle.cos())` as libm computes them (its `sin` and `cos`, whose argument
/// reduction is `quadrant` here), for an angle below 2^20 · π/2 in magnitude; beyond that (no
/// chart has such an angle) a rougher value, never a panic.
fn sin_cos(angle: f64) -> (f64, f64) {
    let high = (angle.to_bits() >> 32) as u32 & 0x7fff_ffff;
    if high <= 0x3fe9_21fb {
        // Within π/4: no reduction. Below 2^-26 the sine is the angle, below 2^-27·√2 the
        // cosine is 1, as libm has them.
        let sine = if high < 0x3e50_0000 {
            angle
        } else {
            kernel_sin(angle, 0.0, false)
        };
        let cosine = if high < 0x3e46_a09e {
            1.0
        } else {
            kernel_cos(angle, 0.0)
        };
        return (sine, cosine);
    }
    let (quadrant, head, tail) = quadrant(angle, high);
    let (sine, cosine) = (kernel_sin(head, tail, true), kernel_cos(head, tail));
    match quadrant & 3 {
        0 => (sine, cosine),
        1 => (cosine, -sine),
        2 => (-sine, -cosine),
        _ => (-cosine, sine),
    }
}

/// π/2 in parts: the first 33 bits, the next 33, and so on, with what follows each (libm's,
/// written here with the fewest digits that are the same floats).
const PIO2_1: f64 = 1.570_796_326_734_125_6;
const PIO2_1T: f64 = 6.077_100_506_506_192e-11;
const PIO2_2: f64 = 6.077_100_506_303_966e-11;
const PIO2_2T: f64 = 2.022_266_248_795_950_6e-21;
const PIO2_3: f64 = 2.022_266_248_711_166_5e-21;
const PIO2_3T: f64 = 8.478_427_660_368_9e-32;

/// libm's `rem_pio2` for an angle below 2^20 · π/2 (`high`: the upper 32 bits of its
/// magnitude): the multiple n of π/2 nearest the angle, and the rest as head + tail.
fn quadrant(angle: f64, high: u32) -> (i32, f64, f64) {
    // Up to 9π/4 one subtraction of n · π/2 in two parts is enough, but near a multiple of π/2
    // (the cancellation libm checks the upper bits for) the general case takes more parts.
    let near = if high <= 0x400f_6a7a {
        // Up to 5π/4: π/2 or π.
        (high & 0xf_ffff != 0x9_21fb).then_some(if high <= 0x4002_d97c { 1 } else { 2 })
    } else if high <= 0x401c_463b {
        // Up to 9π/4: 3π/2 or 2π.
        if high <= 0x4015_fdbc {
            (high != 0x4012_d97c).then_some(3)
        } else {
            (high != 0x4019_21fb).then_some(4)
        }
    } else {
        None
    };
    if let Some(multiple) = near {
        let multiple = if angle.is_sign_negative() {
            -multiple
        } else {
            multiple
        };
        let times = f64::from(multiple);
        let rest = angle - times * PIO2_1;
        let head = rest - times * PIO2_1T;
        let tail = (rest - head) - times * PIO2_1T;
        return (multiple, head, tail);
    }
    // The nearest multiple (rounding by adding and taking away 1.5 · 2^52), then two or three
    // parts of π/2 as the cancellation needs.
    let to_integer = 1.5 / f64::EPSILON;
    let times = (angle * std::f64::consts::FRAC_2_PI + to_integer) - to_integer;
    let multiple = times as i32;
    let mut rest = angle - times * PIO2_1;
    let mut taken = times * PIO2_1T;
    let mut head = rest - taken;
    let exponent = |value: f64| ((value.to_bits() >> 52) & 0x7ff) as i32;
    let angle_exponent = (high >> 20) as i32;
    if angle_exponent - exponent(head) > 16 {
        for (part, part_tail, gap) in [(PIO2_2, PIO2_2T, 49), (PIO2_3, PIO2_3T, i32::MAX)] {
            let before = rest;
            taken = times * part;
            rest = before - taken;
            taken = times * part_tail - ((before - rest) - taken);
            head = rest - taken;
            if angle_exponent - exponent(head) <= gap {
                break;
            }
        }
    }
    (multiple, head, rest - head - taken)
}

/// libm's (fdlibm's) sine on [-π/4, π/4] of `x + y` (`y` the tail of a reduced angle, when
/// `has_tail`).
fn kernel_sin(x: f64, y: f64, has_tail: bool) -> f64 {
    const S1: f64 = -0.166_666_666_666_666_32;
    const S2: f64 = 0.008_333_333_333_322_49;
    const S3: f64 = -0.000_198_412_698_298_579_5;
    const S4: f64 = 2.755_731_370_707_006_8e-6;
    const S5: f64 = -2.505_076_025_340_686_3e-8;
    const S6: f64 = 1.589_690_995_211_55e-10;
    let z = x * x;
    let w = z * z;
    let r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
    let v = z * x;
    if has_tail {
        x - ((z * (0.5 * y - v * r) - y) - v * S1)
    } else {
        x + v * (S1 + z * r)
    }
}

/// libm's (fdlibm's) cosine on [-π/4, π/4] of `x + y`.
fn kernel_cos(x: f64, y: f64) -> f64 {
    const C1: f64 = 0.041_666_666_666_666_6;
    const C2: f64 = -0.001_388_888_888_887_411;
    const C3: f64 = 2.480_158_728_947_673e-5;
    const C4: f64 = -2.755_731_435_139_066_3e-7;
    const C5: f64 = 2.087_572_321_298_175e-9;
    const C6: f64 = -1.135_964_755_778_819_5e-11;
    let z = x * x;
    let w = z * z;
    let r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
    let half = 0.5 * z;
    let w = 1.0 - half;
    w + (((1.0 - w) - half) + (z * r - x * y))
}

/// A mark on an axis: the value it stands for, and where it is in user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tick {
    pub value: f64,
    pub at: f64,
}

/// A plot area inside an SVG: maps data (x from 0 to `x_max`, y from 0 to `y_max`) to user
/// units, y growing upwards.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Plot {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
    pub x_max: f64,
    pub y_max: f64,
}

impl Plot {
    pub fn x(&self, value: f64) -> f64 {
        self.left + self.width * (value / self.x_max.max(f64::MIN_POSITIVE)).clamp(0.0, 1.0)
    }

    pub fn y(&self, value: f64) -> f64 {
        self.top + self.height * (1.0 - (value / self.y_max.max(f64::MIN_POSITIVE)).clamp(0.0, 1.0))
    }

    pub fn bottom(&self) -> f64 {
        self.top + self.height
    }

    /// The y axis's ticks, from the bottom up: at 0, half of `y_max` and `y_max`.
    pub fn y_ticks(&self) -> [Tick; 3] {
        [0.0, 0.5, 1.0].map(|share| {
            let value = self.y_max * share;
            Tick {
                value,
                at: self.y(value),
            }
        })
    }

    /// An SVG `points` attribute through `(x, y)` data points.
    pub fn points(&self, data: impl IntoIterator<Item = (f64, f64)>) -> String {
        data.into_iter()
            .map(|(x, y)| format!("{},{}", fixed(self.x(x), 1), fixed(self.y(y), 1)))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLOT: Plot = Plot {
        left: 50.0,
        top: 10.0,
        width: 200.0,
        height: 100.0,
        x_max: 12.0,
        y_max: 1000.0,
    };

    #[test]
    fn plots_map_data_to_the_area_with_y_upwards() {
        assert_eq!(PLOT.x(0.0), 50.0);
        assert_eq!(PLOT.x(12.0), 250.0);
        assert_eq!(PLOT.y(0.0), 110.0);
        assert_eq!(PLOT.y(1000.0), 10.0);
        assert_eq!(PLOT.y(5000.0), 10.0, "clamped");
        assert_eq!(PLOT.points([(6.0, 500.0)]), "150.0,60.0");
        let empty = Plot { y_max: 0.0, ..PLOT };
        assert!(empty.y(0.0).is_finite());
    }

    #[test]
    fn the_y_axis_has_ticks_at_zero_half_and_the_top() {
        let values = PLOT.y_ticks().map(|tick| tick.value);
        assert_eq!(values, [0.0, 500.0, 1000.0]);
        let at = PLOT.y_ticks().map(|tick| tick.at);
        assert_eq!(at, [110.0, 60.0, 10.0], "from the bottom up");
        // A score axis writes its values as whole numbers.
        let scores = Plot {
            y_max: 100.0,
            ..PLOT
        }
        .y_ticks()
        .map(|tick| tick.value.to_string());
        assert_eq!(scores, ["0", "50", "100"]);
    }

    const RADAR: Radar = Radar {
        centre: Point { x: 100.0, y: 100.0 },
        radius: 80.0,
        axes: 4,
    };

    fn close(a: Point, b: Point) -> bool {
        (a.x - b.x).abs() < 1e-9 && (a.y - b.y).abs() < 1e-9
    }

    #[test]
    fn spokes_start_at_the_top_and_go_clockwise() {
        assert!(close(RADAR.point(0, 100.0), Point { x: 100.0, y: 20.0 }));
        assert!(close(RADAR.point(1, 100.0), Point { x: 180.0, y: 100.0 }));
        assert!(close(RADAR.point(2, 50.0), Point { x: 100.0, y: 140.0 }));
    }

    #[test]
    fn values_are_clamped_to_the_chart() {
        assert!(close(RADAR.point(0, 250.0), RADAR.point(0, 100.0)));
        assert!(close(RADAR.point(3, -5.0), RADAR.centre));
    }

    /// Every angle a radar of 1 to 24 spokes has (and those of spokes beyond the last), and
    /// the angles around each multiple of π/2, have libm's sine and cosine, bit for bit.
    #[test]
    fn sines_and_cosines_are_libms_bit_for_bit() {
        let mut angles = Vec::new();
        for axes in 1..=24_usize {
            for axis in 0..3 * axes {
                angles.push(
                    -std::f64::consts::FRAC_PI_2
                        + std::f64::consts::TAU * axis as f64 / axes as f64,
                );
            }
        }
        for multiple in -40..=40 {
            let near = f64::from(multiple) * std::f64::consts::FRAC_PI_2;
            for steps in -3_i64..=3 {
                angles.push(f64::from_bits(near.to_bits().wrapping_add_signed(steps)));
            }
        }
        angles.extend([0.0, -0.0, 1e-30, -1e-9, 1e-8, 0.785, 1e5, -1e6, 1.6e6]);
        for angle in angles {
            let (sine, cosine) = sin_cos(angle);
            assert_eq!(sine.to_bits(), libm::sin(angle).to_bits(), "sin {angle:e}");
            assert_eq!(
                cosine.to_bits(),
                libm::cos(angle).to_bits(),
                "cos {angle:e}"
            );
        }
    }

    /// Every point the result's radar (and one of 3 to 12 spokes) draws, at every score, is
    /// where Rust's sine and cosine put it, to the 1 decimal it is written with and to 2.
    #[test]
    fn radar_points_are_where_rusts_sine_and_cosine_put_them() {
        for axes in 3..=12 {
            for radius in [100.0, 112.0, 80.0] {
                let radar = Radar {
                    centre: Point { x: 260.0, y: 140.0 },
                    radius,
                    axes,
                };
                for axis in 0..axes {
                    let angle = -std::f64::consts::FRAC_PI_2
                        + std::f64::consts::TAU * axis as f64 / axes as f64;
                    for score in 0..=100_u8 {
                        let value = f64::from(score);
                        let point = radar.point(axis, value);
                        let distance = radius * value / 100.0;
                        let x = 260.0 + distance * angle.cos();
                        let y = 140.0 + distance * angle.sin();
                        for decimals in [1, 2] {
                            assert_eq!(fixed(point.x, decimals), format!("{x:.decimals$}"));
                            assert_eq!(fixed(point.y, decimals), format!("{y:.decimals$}"));
                        }
                    }
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn any_chart_angle_has_libms_sine_and_cosine(angle in -1.6e6_f64..1.6e6) {
            let (sine, cosine) = sin_cos(angle);
            proptest::prop_assert_eq!(sine.to_bits(), libm::sin(angle).to_bits());
            proptest::prop_assert_eq!(cosine.to_bits(), libm::cos(angle).to_bits());
        }

        #[test]
        fn small_angles_have_libms_sine_and_cosine(angle in -8.0_f64..8.0) {
            let (sine, cosine) = sin_cos(angle);
            proptest::prop_assert_eq!(sine.to_bits(), libm::sin(angle).to_bits());
            proptest::prop_assert_eq!(cosine.to_bits(), libm::cos(angle).to_bits());
        }
    }

    #[test]
    fn polygons_list_one_point_per_value() {
        assert_eq!(
            RADAR.polygon(&[100.0, 0.0, 0.0, 0.0]),
            "100.0,20.0 100.0,100.0 100.0,100.0 100.0,100.0"
        );
        assert_eq!(RADAR.ring(50.0).split(' ').count(), 4);
    }
}
