#pragma once

class MainWindow;
class QDir;

// A candidate's walk through the plan, the weeks, the pilotage and the note on the Rouen
// scenario (scenarios/rouen-ze.json), each screen rendered at 1366×768 and 1920×1080 into
// `out` ("<step>-1366.png", "<step>-1920.png"), to look at what a candidate would find wrong.
// Run by cmcsim_studio_screenshots when CMCSIM_SCREENSHOT_WALK names a folder.
bool candidateWalk(const QDir& out);

// Renders `window` at both sizes as "<step>-1366.png" and "<step>-1920.png" in `out`.
bool shoot(MainWindow& window, const QDir& out, const char* step);
