#pragma once

#include "domain/evidencefile.h"
#include "domain/record.h"
#include "screenvalues.h"

#include <QByteArray>
#include <QDate>
#include <QObject>
#include <QPointF>
#include <QVariantList>

namespace suara {

class Clock;
class ErrorHandler;
class KioskSettings;
class LocalStore;
class OfficerGate;

// The officer's own gratification report to the UPG (issue 9 item 4, domain.md §3.4 and §3.6): a form
// with every field of protocol §2.1, an optional photo, a signature drawn on the screen, confirmed
// with the officer's PIN; then one signed record, with its evidence files in the same transaction, and
// a receipt number GR-<unit>-<seq> on screen (protocol §2.3). The flow lives here; the pages show it.
class OfficerReport : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Step step READ step NOTIFY stepChanged)
    Q_PROPERTY(suara::ChosenValues fields READ fields NOTIFY fieldsChanged)
    // The form's two lists of choices, in the language on screen.
    Q_PROPERTY(suara::ChoiceField kindField READ kindField NOTIFY choicesChanged)
    Q_PROPERTY(suara::ChoiceField formField READ formField NOTIFY choicesChanged)
    Q_PROPERTY(QString valueText READ valueText NOTIFY fieldsChanged)
    Q_PROPERTY(QStringList missing READ missing NOTIFY fieldsChanged)
    Q_PROPERTY(bool hasPhoto READ hasPhoto NOTIFY photoChanged)
    Q_PROPERTY(QString photoName READ photoName NOTIFY photoChanged)
    Q_PROPERTY(int signatureStrokes READ signatureStrokes NOTIFY signatureChanged)
    // The strokes that will be stored, for the pad to draw: the pad keeps none of its own, so a pad made
    // again (Sign -> Back -> Next) shows exactly what the PIN would sign.
    Q_PROPERTY(QVariantList signature READ signature NOTIFY signatureChanged)
    Q_PROPERTY(QString receiptNumber READ receiptNumber NOTIFY stepChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool showMissing READ showMissing NOTIFY fieldsChanged)

public:
    enum class Step { Closed, Form, Sign, Receipt };
    Q_ENUM(Step)

    static constexpr int kSignatureWidth = 800;
    static constexpr int kSignatureHeight = 300;
    static constexpr int kTextLimit = 4000;

    OfficerReport(LocalStore *store, KioskSettings *settings, OfficerGate *officers, ErrorHandler *errors, Clock *clock,
                  QObject *parent = nullptr);

    [[nodiscard]] Step step() const { return m_step; }
    [[nodiscard]] ChosenValues fields() const { return {m_fields}; }
    [[nodiscard]] ChoiceField kindField() const;
    [[nodiscard]] ChoiceField formField() const;
    // The language on screen changed: the choices are worded again.
    void retranslate() { emit choicesChanged(); }
    // "Rp 1.500.000" for the digits typed; empty when none.
    [[nodiscard]] QString valueText() const;
    // The keys of required fields still empty or not valid (the form marks them).
    [[nodiscard]] QStringList missing() const;
    [[nodiscard]] QString missingMessage() const;
    [[nodiscard]] bool showMissing() const { return m_showMissing; }
    [[nodiscard]] bool hasPhoto() const { return !m_photo.bytes.isEmpty(); }
    [[nodiscard]] QString photoName() const { return m_photoName; }
    [[nodiscard]] int signatureStrokes() const { return int(m_strokes.size()); }
    // Each stroke a list of QPointF in pad coordinates 0..1, as addStroke kept it.
    [[nodiscard]] QVariantList signature() const;
    [[nodiscard]] QString receiptNumber() const { return m_receipt; }
    [[nodiscard]] QString message() const { return m_message; }

    // "Rp 1.500.000": rupiah grouped with dots, as Indonesians write them.
    [[nodiscard]] static QString formatRupiah(qint64 value);
    // GR-<unit>-<seq>: what the officer quotes to the UPG (protocol §2.3).
    [[nodiscard]] static QString receiptFor(const QString &unit, qint64 seq);

    // Opens an empty form (a signed-in officer only), dated today.
    Q_INVOKABLE bool start();
    Q_INVOKABLE void setField(const QString &key, const QString &value);
    // The image files in `folder` (absolute paths) the officer can attach; an unreadable folder is an
    // error in `message`, not an empty list.
    Q_INVOKABLE QList<suara::PhotoFile> photoFiles(const QString &folder);
    [[nodiscard]] Q_INVOKABLE QString defaultPhotoFolder() const;
    // Reads the photo; false with `message` when it is not a readable PNG or JPEG under the size limit.
    Q_INVOKABLE bool attachPhoto(const QString &path);
    Q_INVOKABLE void removePhoto();
    // One stroke of the signature, in pad coordinates 0..1 (QML passes an array of Qt.point).
    Q_INVOKABLE void addStroke(const QList<QPointF> &points);
    Q_INVOKABLE void clearSignature();
    // Form -> signature; stays on the form with the missing fields marked when something is missing.
    Q_INVOKABLE bool next();
    Q_INVOKABLE void back();
    // Checks the officer's PIN and, when it is right, signs and stores the report.
    Q_INVOKABLE bool submit(const QString &pin);
    // Leaves the report; what was entered is dropped (nothing of it is stored before submit).
    Q_INVOKABLE void close();

    // The signature as the PNG that is stored (for tests and for the record's hash).
    [[nodiscard]] QByteArray signaturePng() const;
    // The record's data for what is entered now (protocol §2.1).
    [[nodiscard]] QJsonObject data(const EvidenceFile *photo, const EvidenceFile &signature) const;

signals:
    void stepChanged();
    void fieldsChanged();
    void choicesChanged();
    void photoChanged();
    void signatureChanged();
    void messageChanged();
    // The report's record right after its commit.
    void saved(const suara::Record &record);

private:
    void setStep(Step step);
    void setMessage(const QString &message);
    void onConfirmed(bool ok);
    bool commit();
    void clear();

    LocalStore *m_store;
    KioskSettings *m_settings;
    OfficerGate *m_officers;
    ErrorHandler *m_errors;
    Clock *m_clock;
    Step m_step = Step::Closed;
    QMap<QString, QString> m_fields; // field key -> text as typed or chosen
    bool m_showMissing = false;
    EvidenceFile m_photo; // empty bytes: no photo
    QString m_photoName;
    QList<QList<QPointF>> m_strokes;
    QString m_receipt;
    QString m_message;
    bool m_confirming = false;
};

} // namespace suara
