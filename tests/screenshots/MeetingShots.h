#pragma once

class MainWindow;
class QDir;

// The Rendez-vous workspace on `window`'s attempt (weeks already played, so appointments are
// booked): the new-meeting dialog, a meeting at its objections at 1366×768 and 1920×1080
// ("rendez-vous-1366.png", "rendez-vous-1920.png"), then closed on its debrief
// ("rendez-vous-debriefing-…"), into `out`. The window keeps its size.
bool meetingShots(MainWindow& window, const QDir& out);
