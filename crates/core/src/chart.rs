//! Geometry for the result's radar chart and the line charts (the ROI's months, the history's
//! trend), computed here so it is tested natively; the view only writes the numbers into SVG
//! attributes.

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
        Point {
            x: self.centre.x + distance * angle.cos(),
            y: self.centre.y + distance * angle.sin(),
        }
    }

    /// An SVG `points` attribute for a polygon through one value per spoke.
    pub fn polygon(&self, values: &[f64]) -> String {
        values
            .iter()
            .enumerate()
            .map(|(axis, value)| {
                let point = self.point(axis, *value);
                format!("{:.1},{:.1}", point.x, point.y)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A ring at `value` percent on every spoke (the chart's grid).
    pub fn ring(&self, value: f64) -> String {
        self.polygon(&vec![value; self.axes])
    }
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
            .map(|(x, y)| format!("{:.1},{:.1}", self.x(x), self.y(y)))
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

    #[test]
    fn polygons_list_one_point_per_value() {
        assert_eq!(
            RADAR.polygon(&[100.0, 0.0, 0.0, 0.0]),
            "100.0,20.0 100.0,100.0 100.0,100.0 100.0,100.0"
        );
        assert_eq!(RADAR.ring(50.0).split(' ').count(), 4);
    }
}
