#include "note/NoteWorkspace.h"

#include <QAction>
#include <QLabel>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

#include "cmcsim/attempt/AttemptState.h"
#include "cmcsim/note/KeyFigures.h"
#include "cmcsim/prospects/ProspectView.h"
#include "common/StudioSession.h"
#include "note/FigureChip.h"
#include "note/FigurePicker.h"
#include "note/NoteDocument.h"

NoteWorkspace::NoteWorkspace(StudioSession& session, QWidget* parent)
    : QWidget(parent), session_(session) {
    toolbar_ = new QToolBar;
    toolbar_->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar_->addAction(tr("Titre"), this, [this] { setHeading(1); })
        ->setToolTip(tr("Faire du paragraphe un titre"));
    toolbar_->addAction(tr("Sous-titre"), this, [this] { setHeading(2); });
    toolbar_->addAction(tr("Paragraphe"), this, [this] { setHeading(0); });
    toolbar_->addSeparator();
    auto* bold = toolbar_->addAction(tr("Gras"), this, [this] {
        QTextCharFormat f;
        f.setFontWeight(editor_->fontWeight() >= QFont::Bold ? QFont::Normal : QFont::Bold);
        editor_->mergeCurrentCharFormat(f);
    });
    bold->setShortcut(QKeySequence::Bold);
    auto* italic = toolbar_->addAction(tr("Italique"), this, [this] {
        QTextCharFormat f;
        f.setFontItalic(!editor_->fontItalic());
        editor_->mergeCurrentCharFormat(f);
    });
    italic->setShortcut(QKeySequence::Italic);
    toolbar_->addAction(tr("Liste à puces"), this, &NoteWorkspace::toggleList);
    toolbar_->addSeparator();
    insertAction_ =
        toolbar_->addAction(tr("Insérer un chiffre…"), this, &NoteWorkspace::pickFigure);
    insertAction_->setToolTip(
        tr("Insérer un chiffre des données (marché, segments, études achetées, portefeuille, "
           "plan, semaines) : la note garde sa source"));
    toolbar_->addSeparator();
    saveAction_ = toolbar_->addAction(tr("Enregistrer"), this, &NoteWorkspace::save);
    saveAction_->setToolTip(tr("Enregistrer une nouvelle version de la note dans le journal"));
    saveAction_->setShortcut(QKeySequence::Save);

    editor_ = new QTextEdit;
    editor_->setAcceptRichText(false);  // pasted text comes in plain: the markup is small
    editor_->setPlaceholderText(
        tr("Rédigez ici la synthèse de votre analyse : le marché, les cibles retenues, le "
           "portefeuille, les priorités du plan. Insérez les chiffres clés avec « Insérer un "
           "chiffre » pour qu'ils gardent leur source."));
    FigureChip::install(editor_->document());
    // Text typed after a chip must not take the chip's object format.
    connect(editor_, &QTextEdit::currentCharFormatChanged, this, [this](const QTextCharFormat& f) {
        if (f.objectType() != FigureChip::kObjectType) return;
        QTextCharFormat plain;
        plain.setFontWeight(f.fontWeight());
        plain.setFontItalic(f.fontItalic());
        editor_->setCurrentCharFormat(plain);
    });
    connect(editor_, &QTextEdit::textChanged, this, &NoteWorkspace::updateStatus);
    status_ = new QLabel;
    status_->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar_);
    layout->addWidget(editor_, 1);
    layout->addWidget(status_);

    // Evaluator mode: the note is read, never changed (the toolbar's commands are off).
    toolbar_->setEnabled(!session_.evaluator());
    editor_->setReadOnly(session_.evaluator());
    connect(&session_, &StudioSession::changed, this, &NoteWorkspace::refresh);
    refresh();
}

std::vector<cmcsim::KeyFigure> NoteWorkspace::figures() const {
    return cmcsim::KeyFigures::available(session_.reference(), session_.state(), session_.view(),
                                         session_.campaign());
}

void NoteWorkspace::refresh() {
    const auto& versions = session_.state().noteVersions();
    const std::int64_t entry = versions.empty() ? 0 : versions.back().entry;
    if (entry == shownVersionEntry_ && modified()) {
        updateStatus();
        return;
    }
    shownVersionEntry_ = entry;
    const cmcsim::SynthesisNote empty;
    const auto& note = versions.empty() ? empty : versions.back().note;
    // The figures are computed only for a note that refers to some (a pass over the view).
    const auto figures =
        note.references().empty() ? std::vector<cmcsim::KeyFigure>() : this->figures();
    const auto look = [&](const cmcsim::NoteSpan& span) {
        const auto status = cmcsim::KeyFigures::status(span, figures);
        const auto* figure = cmcsim::KeyFigures::find(figures, span.figureId);
        QString tip = figure ? QString::fromStdString(figure->source) : QString();
        if (status == cmcsim::ReferenceStatus::Changed)
            tip = tr("%1\nValeur actuelle : %2").arg(tip, QString::fromStdString(figure->shown()));
        if (status == cmcsim::ReferenceStatus::Unavailable)
            tip = tr("Chiffre plus disponible (%1)").arg(QString::fromStdString(span.figureId));
        return studio::noteDocument::ChipLook{tip, status != cmcsim::ReferenceStatus::Same};
    };
    const QSignalBlocker blocker(editor_);
    studio::noteDocument::fill(*editor_->document(), note, look);
    savedMarkup_ = note.toMarkup();
    updateStatus();
}

bool NoteWorkspace::modified() const {
    return studio::noteDocument::read(*editor_->document()).toMarkup() != savedMarkup_;
}

void NoteWorkspace::updateStatus() {
    const auto& versions = session_.state().noteVersions();
    const auto note = studio::noteDocument::read(*editor_->document());
    QString text = versions.empty() ? tr("Aucune version enregistrée.")
                                    : tr("Version %1 enregistrée (entrée %2 du journal).")
                                          .arg(versions.back().version)
                                          .arg(versions.back().entry);
    text += QLatin1Char(' ') + tr("%n mot(s)", nullptr, static_cast<int>(note.wordCount()));
    text += QStringLiteral(", ") +
            tr("%n référence(s)", nullptr, static_cast<int>(note.references().size()));
    if (!session_.evaluator() && modified())
        text += QLatin1Char(' ') + tr("— modifications non enregistrées (Ctrl+S).");
    status_->setText(text);
}

void NoteWorkspace::insertFigure(const cmcsim::KeyFigure& figure) {
    auto cursor = editor_->textCursor();
    const auto base = editor_->currentCharFormat();
    auto format = FigureChip::format(QString::fromStdString(figure.id),
                                     QString::fromStdString(figure.shown()),
                                     QString::fromStdString(figure.source), false);
    format.setFontWeight(base.fontWeight());
    format.setFontItalic(base.fontItalic());
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    QTextCharFormat plain;
    plain.setFontWeight(base.fontWeight());
    plain.setFontItalic(base.fontItalic());
    editor_->setTextCursor(cursor);
    editor_->setCurrentCharFormat(plain);
}

void NoteWorkspace::pickFigure() {
    FigurePicker picker(figures(), this);
    if (picker.exec() != QDialog::Accepted) return;
    if (const auto figure = picker.chosen()) insertFigure(*figure);
}

bool NoteWorkspace::save() {
    const auto markup = studio::noteDocument::read(*editor_->document()).toMarkup();
    if (!session_.run(tr("Note de synthèse"), cmcsim::command::kSaveNote, {{"texte", markup}}))
        return false;
    refresh();
    return true;
}

void NoteWorkspace::setHeading(int level) {
    auto cursor = editor_->textCursor();
    auto format = cursor.blockFormat();
    format.setHeadingLevel(level);
    cursor.setBlockFormat(format);
    if (auto* list = cursor.currentList(); list && level > 0) list->remove(cursor.block());
    QTextCharFormat chars;
    chars.setFontWeight(level > 0 ? QFont::Bold : QFont::Normal);
    chars.setProperty(QTextFormat::FontSizeAdjustment, level == 1 ? 2 : level == 2 ? 1 : 0);
    cursor.select(QTextCursor::BlockUnderCursor);
    cursor.mergeCharFormat(chars);
}

void NoteWorkspace::toggleList() {
    auto cursor = editor_->textCursor();
    if (auto* list = cursor.currentList()) {
        list->remove(cursor.block());
        auto format = cursor.blockFormat();
        format.setIndent(0);
        cursor.setBlockFormat(format);
        return;
    }
    cursor.createList(QTextListFormat::ListDisc);
}
