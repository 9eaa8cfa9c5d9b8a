#include "officerreport.h"

#include "clock.h"
#include "errorhandler.h"
#include "kiosksettings.h"
#include "officergate.h"
#include "store/localstore.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTime>

Q_LOGGING_CATEGORY(lcReport, "suara.app.officerreport")

namespace suara {

namespace {
const QStringList kKinds = {QStringLiteral("refusal"), QStringLiteral("receipt"), QStringLiteral("request")};
const QStringList kForms = {QStringLiteral("money"), QStringLiteral("goods"),    QStringLiteral("voucher"),
                            QStringLiteral("food"),  QStringLiteral("facility"), QStringLiteral("other")};
const QStringList kTextKeys = {QStringLiteral("giverName"),     QStringLiteral("giverInstitution"),
                               QStringLiteral("giverRelation"), QStringLiteral("description"),
                               QStringLiteral("place"),         QStringLiteral("chronology")};

// The type of an image by its first bytes, whatever its file name says.
QString imageType(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    return {};
}

QString text(const QMap<QString, QString> &fields, const QString &key)
{
    return fields.value(key).trimmed();
}
} // namespace

OfficerReport::OfficerReport(LocalStore *store, KioskSettings *settings, OfficerGate *officers, ErrorHandler *errors,
                             Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_officers(officers)
    , m_errors(errors)
    , m_clock(clock)
{
    connect(m_officers, &OfficerGate::confirmed, this, &OfficerReport::onConfirmed);
    // An officer who signs out or whose tablet locks leaves their unfinished report with them.
    connect(m_officers, &OfficerGate::changed, this, [this] {
        if (m_step != Step::Closed && !m_officers->signedIn())
            close();
    });
}

QString OfficerReport::formatRupiah(qint64 value)
{
    QString digits = QString::number(qAbs(value));
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char('.'));
    return QStringLiteral("Rp ") + digits;
}

QString OfficerReport::receiptFor(const QString &unit, qint64 seq)
{
    return QStringLiteral("GR-%1-%2").arg(unit.isEmpty() ? QStringLiteral("X") : unit).arg(seq);
}

QString OfficerReport::valueText() const
{
    const QString digits = text(m_fields, QStringLiteral("valueIdr"));
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    return ok && value >= 0 ? formatRupiah(value) : QString();
}

QStringList OfficerReport::missing() const
{
    QStringList out;
    if (!kKinds.contains(text(m_fields, QStringLiteral("kind"))))
        out << QStringLiteral("kind");
    if (text(m_fields, QStringLiteral("giverName")).isEmpty())
        out << QStringLiteral("giverName");
    if (!kForms.contains(text(m_fields, QStringLiteral("form"))))
        out << QStringLiteral("form");
    if (text(m_fields, QStringLiteral("description")).isEmpty())
        out << QStringLiteral("description");
    if (valueText().isEmpty())
        out << QStringLiteral("valueIdr");
    const QDate on = QDate::fromString(text(m_fields, QStringLiteral("occurredOn")), Qt::ISODate);
    if (!on.isValid() || on > m_clock->now().date())
        out << QStringLiteral("occurredOn");
    const QString at = text(m_fields, QStringLiteral("occurredTime"));
    if (!at.isEmpty() && !QTime::fromString(at, QStringLiteral("HH:mm")).isValid())
        out << QStringLiteral("occurredTime");
    if (text(m_fields, QStringLiteral("place")).isEmpty())
        out << QStringLiteral("place");
    if (text(m_fields, QStringLiteral("chronology")).isEmpty())
        out << QStringLiteral("chronology");
    return out;
}

void OfficerReport::setStep(Step step)
{
    if (m_step == step)
        return;
    m_step = step;
    emit stepChanged();
}

void OfficerReport::setMessage(const QString &message)
{
    m_message = message;
    emit messageChanged();
}

bool OfficerReport::start()
{
    if (!m_officers->signedIn()) {
        setMessage(tr("Sign in first."));
        return false;
    }
    clear();
    const QDateTime now = m_clock->now();
    m_fields.insert(QStringLiteral("occurredOn"), now.date().toString(Qt::ISODate));
    m_fields.insert(QStringLiteral("occurredTime"), now.time().toString(QStringLiteral("HH:mm")));
    emit fieldsChanged();
    setStep(Step::Form);
    return true;
}

ChoiceField OfficerReport::kindField() const
{
    return {QStringLiteral("kind"),
            tr("What happened?"),
            {{kKinds.at(0), tr("I was offered something and refused it")},
             {kKinds.at(1), tr("I received something and could not refuse it")},
             {kKinds.at(2), tr("Someone asked me to give something")}}};
}

ChoiceField OfficerReport::formField() const
{
    return {QStringLiteral("form"),
            tr("Form"),
            {{kForms.at(0), tr("Money")},
             {kForms.at(1), tr("Goods")},
             {kForms.at(2), tr("Voucher")},
             {kForms.at(3), tr("Food")},
             {kForms.at(4), tr("Facility")},
             {kForms.at(5), tr("Other")}}};
}

void OfficerReport::setField(const QString &key, const QString &value)
{
    QString v = value.left(kTextLimit);
    if (key == QLatin1String("valueIdr"))
        v.remove(QRegularExpression(QStringLiteral("[^0-9]"))); // "1.500.000" and "Rp 1500000" alike
    m_fields.insert(key, v);
    emit fieldsChanged();
    // "Fill in the marked fields" goes as soon as nothing is marked any more, not only on the next tap.
    if (m_showMissing && missing().isEmpty() && m_message == missingMessage())
        setMessage(QString());
}

QString OfficerReport::defaultPhotoFolder() const
{
    return QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
}

QList<PhotoFile> OfficerReport::photoFiles(const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists() || !dir.isReadable()) {
        setMessage(tr("The folder %1 cannot be read.").arg(QDir::toNativeSeparators(folder)));
        return {};
    }
    QList<PhotoFile> out;
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png"),
                           QStringLiteral("*.JPG"), QStringLiteral("*.JPEG"), QStringLiteral("*.PNG")},
                          QDir::Files | QDir::Readable, QDir::Time);
    for (const QFileInfo &f : files)
        out.append({f.absoluteFilePath(), f.fileName()});
    return out;
}

bool OfficerReport::attachPhoto(const QString &path)
{
    QFile file(path);
    if (file.size() > evidence::kMaxBytes) {
        setMessage(
            tr("The photo is larger than %n MB. Choose a smaller one.", nullptr, int(evidence::kMaxBytes >> 20)));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        setMessage(tr("The photo cannot be read: %1").arg(file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError || bytes.size() != file.size()) {
        setMessage(tr("The photo cannot be read: %1").arg(file.errorString()));
        return false;
    }
    const QString type = imageType(bytes);
    if (type.isEmpty()) {
        setMessage(tr("This file is not a JPEG or PNG photo."));
        return false;
    }
    m_photo = EvidenceFile::of(bytes, type);
    m_photoName = QFileInfo(path).fileName();
    setMessage(QString());
    emit photoChanged();
    return true;
}

void OfficerReport::removePhoto()
{
    m_photo = {};
    m_photoName.clear();
    emit photoChanged();
}

void OfficerReport::addStroke(const QList<QPointF> &points)
{
    QList<QPointF> stroke;
    stroke.reserve(points.size());
    for (const QPointF &p : points)
        stroke.append(QPointF(qBound(0.0, p.x(), 1.0), qBound(0.0, p.y(), 1.0)));
    if (stroke.isEmpty())
        return;
    m_strokes.append(stroke);
    emit signatureChanged();
}

QVariantList OfficerReport::signature() const
{
    QVariantList out;
    out.reserve(m_strokes.size());
    for (const QList<QPointF> &stroke : m_strokes) {
        QVariantList points;
        points.reserve(stroke.size());
        for (const QPointF &p : stroke)
            points.append(p);
        out.append(QVariant(points));
    }
    return out;
}

void OfficerReport::clearSignature()
{
    m_strokes.clear();
    emit signatureChanged();
}

QByteArray OfficerReport::signaturePng() const
{
    QImage image(kSignatureWidth, kSignatureHeight, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::black, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QList<QPointF> &stroke : m_strokes) {
        const auto at = [](QPointF p) { return QPointF(p.x() * kSignatureWidth, p.y() * kSignatureHeight); };
        if (stroke.size() == 1) {
            painter.drawPoint(at(stroke.first()));
            continue;
        }
        QPainterPath path(at(stroke.first()));
        for (qsizetype i = 1; i < stroke.size(); ++i)
            path.lineTo(at(stroke.at(i)));
        painter.drawPath(path);
    }
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QString OfficerReport::missingMessage() const
{
    return tr("Fill in the marked fields.");
}

bool OfficerReport::next()
{
    m_showMissing = true;
    emit fieldsChanged();
    if (!missing().isEmpty()) {
        setMessage(missingMessage());
        return false;
    }
    setMessage(QString());
    setStep(Step::Sign);
    return true;
}

void OfficerReport::back()
{
    if (m_step == Step::Sign)
        setStep(Step::Form);
}

QJsonObject OfficerReport::data(const EvidenceFile *photo, const EvidenceFile &signature) const
{
    const Officer &officer = m_officers->current();
    QJsonObject who{{QStringLiteral("id"), officer.id},
                    {QStringLiteral("name"), officer.name},
                    {QStringLiteral("position"), officer.position}};
    if (!officer.nip.isEmpty())
        who.insert(QStringLiteral("nip"), officer.nip);
    QJsonObject giver{{QStringLiteral("name"), text(m_fields, QStringLiteral("giverName"))}};
    for (const QString &key : {QStringLiteral("institution"), QStringLiteral("relation")}) {
        const QString v = text(m_fields, QStringLiteral("giver") + key.at(0).toUpper() + key.mid(1));
        if (!v.isEmpty())
            giver.insert(key, v);
    }
    QJsonObject d{{QStringLiteral("kind"), text(m_fields, QStringLiteral("kind"))},
                  {QStringLiteral("officer"), who},
                  {QStringLiteral("giver"), giver},
                  {QStringLiteral("form"), text(m_fields, QStringLiteral("form"))},
                  {QStringLiteral("description"), text(m_fields, QStringLiteral("description"))},
                  {QStringLiteral("valueIdr"), text(m_fields, QStringLiteral("valueIdr")).toLongLong()},
                  {QStringLiteral("occurredOn"), text(m_fields, QStringLiteral("occurredOn"))},
                  {QStringLiteral("place"), text(m_fields, QStringLiteral("place"))},
                  {QStringLiteral("chronology"), text(m_fields, QStringLiteral("chronology"))},
                  {QStringLiteral("signature"), signature.reference()},
                  {QStringLiteral("pinConfirmed"), true}};
    if (const QString at = text(m_fields, QStringLiteral("occurredTime")); !at.isEmpty())
        d.insert(QStringLiteral("occurredTime"), at);
    if (photo)
        d.insert(QStringLiteral("photo"), photo->reference());
    return d;
}

bool OfficerReport::submit(const QString &pin)
{
    if (m_step != Step::Sign || m_confirming)
        return false;
    if (m_strokes.isEmpty()) {
        setMessage(tr("Sign in the box first."));
        return false;
    }
    m_confirming = m_officers->confirm(pin);
    if (!m_confirming)
        setMessage(m_officers->message());
    return m_confirming;
}

void OfficerReport::onConfirmed(bool ok)
{
    if (!m_confirming)
        return; // another screen's check
    m_confirming = false;
    if (!ok) {
        setMessage(m_officers->message());
        return;
    }
    commit();
}

bool OfficerReport::commit()
{
    const EvidenceFile signature = EvidenceFile::of(signaturePng(), QStringLiteral("image/png"));
    RecordDraft draft;
    draft.type = RecordType::GratificationReport;
    draft.unitCode = m_settings->unitCode();
    draft.language = QStringLiteral("id");
    draft.mode = m_officers->fieldMode() ? QStringLiteral("field") : QStringLiteral("kiosk");
    draft.officer = m_officers->officerId();
    draft.capturedAt = m_clock->now();
    draft.data = data(hasPhoto() ? &m_photo : nullptr, signature);
    // The files go into the record's own transaction (LocalStore::append): both are stored, or neither.
    if (hasPhoto())
        draft.evidence.append(m_photo);
    draft.evidence.append(signature);
    QList<Record> sealed;
    if (const StoreError err = m_store->append({draft}, &sealed); !err.ok()) {
        // Nothing is stored; the form stays filled so the officer can try again.
        qCWarning(lcReport) << "the report could not be saved:" << err.message;
        m_errors->reportStore(err);
        setMessage(tr("The report could not be saved. Nothing was stored; try again, or check the device storage."));
        return false;
    }
    m_receipt = receiptFor(draft.unitCode, sealed.first().seq);
    qCInfo(lcReport) << "gratification report saved:" << m_receipt;
    const Record record = sealed.first();
    clear();
    setMessage(QString());
    setStep(Step::Receipt);
    emit saved(record);
    return true;
}

void OfficerReport::clear()
{
    m_fields.clear();
    m_showMissing = false;
    m_photo = {};
    m_photoName.clear();
    m_strokes.clear();
    emit fieldsChanged();
    emit photoChanged();
    emit signatureChanged();
}

void OfficerReport::close()
{
    clear();
    m_receipt.clear();
    m_confirming = false;
    setMessage(QString());
    setStep(Step::Closed);
}

} // namespace suara
