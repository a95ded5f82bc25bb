#pragma once

class QWidget;
class StudioSession;

namespace studio {

// Keeps a widget that runs a journal command (buy, verify, flag, save…) disabled for good when
// `session` is in evaluator mode, whatever its workspace enables later; its tooltip says why.
// Outside evaluator mode it does nothing.
void guardCommand(QWidget* command, const StudioSession& session);

}  // namespace studio
