#pragma once

class QDir;

// The Comparer des épreuves window on six attempts of the Cantal scenario
// (scenarios/cantal-rural.json), scripted with more or fewer studies, verifications and right or
// wrong flags, and a seventh altered after its creation (set apart): "comparer-epreuves" (the
// verdicts per criterion) and "comparer-epreuves-distributions" (the flags' precision), at
// 1366×768.
bool comparisonShots(const QDir& out);
