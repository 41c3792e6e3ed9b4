//! Two fingers on the timeline as zoom steps: spreading them zooms in, closing them zooms out,
//! one level each time their distance grows or shrinks by [`PINCH_STEP`] since the last step.
//! Steps, not a smooth scale: the timeline's levels are whole (each lays its titles out anew).

/// How far the fingers must spread (as a ratio of their distance) for one level.
pub const PINCH_STEP: f64 = 1.5;

/// A pinch in progress: the distance the next step is measured from, while two fingers are down.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Pinch {
    from: Option<f64>,
}

impl Pinch {
    /// Two fingers are down, `distance` apart.
    pub fn start(&mut self, distance: f64) {
        self.from = (distance > 0.0).then_some(distance);
    }

    /// The fingers are now `distance` apart: how many levels to zoom (in if positive), each step
    /// then measured from where the last one was taken.
    pub fn moved(&mut self, distance: f64) -> isize {
        let Some(mut from) = self.from else { return 0 };
        let mut steps = 0;
        while distance >= from * PINCH_STEP {
            from *= PINCH_STEP;
            steps += 1;
        }
        while distance > 0.0 && distance <= from / PINCH_STEP {
            from /= PINCH_STEP;
            steps -= 1;
        }
        self.from = Some(from);
        steps
    }

    /// Fewer than two fingers: no pinch until two are down again.
    pub fn end(&mut self) {
        self.from = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreading_zooms_in_and_closing_zooms_out_a_level_per_step() {
        let mut pinch = Pinch::default();
        assert_eq!(pinch.moved(300.0), 0, "one finger is no pinch");
        pinch.start(100.0);
        assert_eq!(pinch.moved(140.0), 0);
        assert_eq!(pinch.moved(150.0), 1);
        // The next step counts from 150, not from where the fingers started.
        assert_eq!(pinch.moved(200.0), 0);
        assert_eq!(pinch.moved(340.0), 2);
        assert_eq!(pinch.moved(337.5 / 1.5), -1);
        assert_eq!(pinch.moved(40.0), -4);
        pinch.end();
        assert_eq!(pinch.moved(400.0), 0);
        pinch.start(0.0);
        assert_eq!(pinch.moved(400.0), 0, "fingers on one point give no distance to scale");
    }
}
