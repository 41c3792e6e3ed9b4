//! Undo and redo. The editor keeps its own history rather than the textarea's: the browser's is
//! lost whenever the page sets the text (opening a file, the template, the bundled story), and
//! those are exactly the steps an editor most wants to take back.

/// The text and where the cursor was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snapshot {
    pub text: String,
    pub cursor: usize,
}

/// Past states, the present one, and states undone (until the next edit).
#[derive(Debug)]
pub struct History {
    states: Vec<Snapshot>,
    at: usize,
    /// Whether the present step may still take more keystrokes: not once undone or redone to.
    open: bool,
}

/// Steps kept: the oldest go first. A step of the bundled story is 60 KB; this keeps a few MB.
const KEPT: usize = 100;

impl History {
    pub fn new(first: Snapshot) -> Self {
        Self { states: vec![first], at: 0, open: false }
    }

    /// Records the text after an edit. `same_step` merges it into the current step (the
    /// keystrokes of one burst of typing undo together); otherwise it is a step of its own.
    /// Either way, anything undone can no longer be redone.
    pub fn record(&mut self, now: Snapshot, same_step: bool) {
        if self.states[self.at] == now {
            return;
        }
        self.states.truncate(self.at + 1);
        let merge = same_step && self.open;
        self.open = true;
        if merge {
            self.states[self.at] = now;
            return;
        }
        self.states.push(now);
        if self.states.len() > KEPT {
            self.states.remove(0);
        }
        self.at = self.states.len() - 1;
    }

    pub fn undo(&mut self) -> Option<&Snapshot> {
        self.open = false;
        self.at = self.at.checked_sub(1)?;
        Some(&self.states[self.at])
    }

    pub fn redo(&mut self) -> Option<&Snapshot> {
        self.open = false;
        (self.at + 1 < self.states.len()).then(|| self.at += 1)?;
        Some(&self.states[self.at])
    }

    pub fn can_undo(&self) -> bool {
        self.at > 0
    }

    pub fn can_redo(&self) -> bool {
        self.at + 1 < self.states.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(text: &str) -> Snapshot {
        Snapshot { text: text.into(), cursor: text.len() }
    }

    #[test]
    fn undo_and_redo_walk_the_steps() {
        let mut h = History::new(s(""));
        h.record(s("a"), false);
        h.record(s("ab"), false);
        assert_eq!(h.undo(), Some(&s("a")));
        assert_eq!(h.undo(), Some(&s("")));
        assert_eq!(h.undo(), None);
        assert!(!h.can_undo() && h.can_redo());
        assert_eq!(h.redo(), Some(&s("a")));
        assert_eq!(h.redo(), Some(&s("ab")));
        assert_eq!(h.redo(), None);
    }

    #[test]
    fn a_burst_of_typing_is_one_step_and_an_edit_after_undo_drops_the_redo() {
        let mut h = History::new(s(""));
        h.record(s("a"), false);
        h.record(s("ab"), true);
        h.record(s("abc"), true);
        assert_eq!(h.undo(), Some(&s("")));
        h.record(s("x"), true);
        assert!(!h.can_redo(), "the undone burst is gone");
        h.record(s("xy"), true);
        assert_eq!(h.undo(), Some(&s("")), "typing after an undo is a step of its own");
        h.record(s("b"), true);
        h.record(s("bc"), false);
        assert_eq!(h.undo(), Some(&s("b")));
        h.record(s("bd"), true);
        assert_eq!(h.undo(), Some(&s("b")), "the state undone to is kept");
    }

    #[test]
    fn the_oldest_steps_go_first() {
        let mut h = History::new(s(""));
        for i in 0..KEPT + 10 {
            h.record(s(&i.to_string()), false);
        }
        let mut undone = 0;
        while h.undo().is_some() {
            undone += 1;
        }
        assert_eq!(undone, KEPT - 1);
    }
}
