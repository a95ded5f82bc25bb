#pragma once

class QDir;

// The Scénarios workspace (the trainers' scenario editor) at 1366×768 on the Rouen scenario
// as a model: "scenarios-apercu" (the general page and the live preview done),
// "scenarios-secteurs" (the sector weights against the real profile) and "scenarios-erreurs"
// (a market share that breaks the sum, shown at its field and listed).
bool scenarioShots(const QDir& out);
