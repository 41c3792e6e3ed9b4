//! Two fingers on the timeline as zoom steps: spreading them zooms in, closing them zooms out,
//! one level each time their distance grows or shrinks by [`PINCH_STEP`] since the last step.
//! Steps, not a smooth scale: the timeline's levels are whole (each lays its titles out anew).

/// How far the fingers must spread (as a ratio of their distance) for one level.
pub const PINCH_STEP: f64 = 1.5;

/// A pinch in progress: the distance the next step is measured from, while two fingers move.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Pinch {
    from: Option<f64>,
}

impl Pinch {
    /// Two fingers are now `distance` apart: how many levels to zoom (in if positive), each step
    /// then measured from where the last one was taken. The first move of a pinch only sets
    /// where it starts (the browser reports the fingers' moves, so no start event is needed).
    pub fn moved(&mut self, distance: f64) -> isize {
        let Some(mut from) = self.from.filter(|from| *from > 0.0) else {
            self.from = Some(distance);
            return 0;
        };
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

    /// Fewer than two fingers: no pinch until two move again.
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
        assert_eq!(pinch.moved(100.0), 0, "the first move only starts it");
        assert_eq!(pinch.moved(140.0), 0);
        assert_eq!(pinch.moved(150.0), 1);
        // The next step counts from 150, not from where the fingers started.
        assert_eq!(pinch.moved(200.0), 0);
        assert_eq!(pinch.moved(340.0), 2);
        assert_eq!(pinch.moved(337.5 / 1.5), -1);
        assert_eq!(pinch.moved(40.0), -4);
        pinch.end();
        assert_eq!(pinch.moved(400.0), 0, "a new pinch starts where its fingers are");
        assert_eq!(pinch.moved(600.0), 1);
        pinch.end();
        assert_eq!(pinch.moved(0.0), 0);
        assert_eq!(pinch.moved(400.0), 0, "fingers on one point give no distance to scale");
    }
}
