#include "screenshottourofficers.h"

#include "kioskcontext.h"
#include "position/positionsource.h"

#include <QEventLoop>
#include <QJsonObject>

namespace suara {

namespace {
const QString kSitiPin = QStringLiteral("580314");
const QString kBudiPin = QStringLiteral("730916");

// PINs are checked on a worker thread: wait for the outcome before the next picture.
template<typename Signal>
void await(OfficerGate &officers, Signal signal, bool started)
{
    QEventLoop loop;
    QObject::connect(&officers, signal, &loop, &QEventLoop::quit);
    if (started && officers.checking())
        loop.exec();
}
// Interviews captured `daysAgo` on the tour's clock, saved and announced as visits are.
void captureInterviews(KioskContext &ctx, int count, int daysAgo)
{
    QList<RecordDraft> drafts;
    for (int i = 0; i < count; ++i) {
        RecordDraft d;
        d.questionnaireId = QStringLiteral("skm");
        d.questionnaireVersion = 1;
        d.unitCode = ctx.settings().unitCode();
        d.capturedAt = ctx.clock().now().addDays(-daysAgo).addSecs(i * 600);
        d.data = QJsonObject{{QStringLiteral("answers"), QJsonObject{{QStringLiteral("waktu"), 3 + i % 2}}}};
        drafts.append(d);
    }
    if (ctx.store().append(drafts).ok() && ctx.sync().engine())
        ctx.sync().engine()->recordsAdded();
}

// A receiver with a fix of a minute ago on the tour's clock (the machine that takes the pictures has
// none), so the administer step shows the officer's position line; lose() shows it without a fix.
class TourPosition : public PositionSource
{
public:
    explicit TourPosition(Clock *clock)
        : m_clock(clock)
    {
    }
    void start() override { m_hasFix = true; }
    void stop() override { lose(); }
    [[nodiscard]] std::optional<PositionFix> latest() const override
    {
        if (!m_hasFix)
            return std::nullopt;
        return PositionFix{-7.7713, 110.4081, 8.0, m_clock->now().addSecs(-60)};
    }
    void lose()
    {
        m_hasFix = false;
        emit latestChanged();
    }

private:
    Clock *m_clock;
    bool m_hasFix = false;
};

// The free space the pictures show, whatever the volume of the machine that takes them holds.
void showFreeSpace(KioskContext &ctx, qint64 availableMb, qint64 totalMb)
{
    const VolumeSpace space{true, availableMb * 1024 * 1024, totalMb * 1024 * 1024};
    ctx.sync().setVolumeSpaceReader([space] { return space; });
}
} // namespace

void tourOfficers(KioskContext &ctx, const std::function<void(const QString &)> &shot,
                  const std::function<void()> &look)
{
    OfficerGate &officers = ctx.officers();
    (void)officers.addOfficer(QStringLiteral("Siti Rahmawati"), QStringLiteral("198703122010012003"),
                              QStringLiteral("PKB Kecamatan Depok"), kSitiPin, kSitiPin);
    (void)officers.addOfficer(QStringLiteral("Budi Santoso"), QString(), QStringLiteral("PLKB"), kBudiPin, kBudiPin);
    ctx.admin().lock();
    showFreeSpace(ctx, 20000, 32000);

    officers.requestSignIn();
    shot(QStringLiteral("officer-sign-in"));
    officers.choose(QStringLiteral("siti-rahmawati"));
    await(officers, &OfficerGate::checked, officers.signIn(QStringLiteral("999111")));
    shot(QStringLiteral("officer-sign-in-wrong"));
    await(officers, &OfficerGate::checked, officers.signIn(kSitiPin));
    shot(QStringLiteral("officer-home"));

    OfficerReport &report = ctx.officerReport();
    (void)report.start();
    (void)report.next(); // nothing filled in: the missing fields are marked
    shot(QStringLiteral("officer-report-missing"));
    report.setField(QStringLiteral("kind"), QStringLiteral("refusal"));
    report.setField(QStringLiteral("giverName"), QStringLiteral("Keluarga warga binaan A.S."));
    report.setField(QStringLiteral("giverRelation"), QStringLiteral("kakak"));
    report.setField(QStringLiteral("form"), QStringLiteral("money"));
    report.setField(QStringLiteral("description"), QStringLiteral("Amplop berisi uang tunai"));
    report.setField(QStringLiteral("valueIdr"), QStringLiteral("1500000"));
    report.setField(QStringLiteral("place"), QStringLiteral("Ruang kunjungan"));
    report.setField(QStringLiteral("chronology"), QStringLiteral("Ditawarkan setelah kunjungan; saya menolak."));
    shot(QStringLiteral("officer-report"));
    (void)report.next();
    report.addStroke({QPointF(0.1, 0.6), QPointF(0.8, 0.3)});
    shot(QStringLiteral("officer-report-sign"));
    await(officers, &OfficerGate::confirmed, report.submit(kSitiPin));
    shot(QStringLiteral("officer-report-receipt"));
    report.close();

    // The same tablet as a field tablet, with the unit's desa.
    DeviceConfig config = ctx.settings().config();
    const DeviceConfig counter = config;
    config.deviceMode = DeviceMode::Field;
    config.regions = {
        {QStringLiteral("34.04.07.2001"), QStringLiteral("Caturtunggal"), QStringLiteral("Depok"),
         QStringLiteral("Kab. Sleman"), QStringLiteral("DI Yogyakarta")},
        {QStringLiteral("34.04.07.2002"), QStringLiteral("Maguwoharjo"), QStringLiteral("Depok"),
         QStringLiteral("Kab. Sleman"), QStringLiteral("DI Yogyakarta")},
        {QStringLiteral("34.04.08.2003"), QStringLiteral("Sinduadi"), QStringLiteral("Mlati"),
         QStringLiteral("Kab. Sleman"), QStringLiteral("DI Yogyakarta")},
    };
    config.allowLocation = true;
    auto ownedPosition = std::make_unique<TourPosition>(&ctx.clock());
    TourPosition *position = ownedPosition.get();
    ctx.setPositionSource(std::move(ownedPosition));
    (void)ctx.settings().setConfig(config);
    shot(QStringLiteral("field-home"));
    // Long offline (ADR 0041): what waits and since when; storage running low; too long without a sync.
    captureInterviews(ctx, 11, 3);
    shot(QStringLiteral("field-home-waiting"));
    showFreeSpace(ctx, 150, 16000);
    shot(QStringLiteral("field-home-low-storage"));
    showFreeSpace(ctx, 20000, 32000);
    captureInterviews(ctx, 1, 9);
    shot(QStringLiteral("field-home-offline"));
    SurveySession &s = ctx.session();
    look();
    (void)s.start();
    look();
    shot(QStringLiteral("field-region"));
    s.chooseRegion(QStringLiteral("34.04.07.2001"), QStringLiteral("Caturtunggal"));
    look();
    if (s.step() == SurveySession::Step::Service) {
        s.chooseService(QStringLiteral("kunjungan"));
        look();
    }
    s.setProfileField(QStringLiteral("gender"), QStringLiteral("P"));
    shot(QStringLiteral("field-profile"));
    s.setProfileField(QStringLiteral("age"), QStringLiteral("30-39"));
    s.setProfileField(QStringLiteral("education"), QStringLiteral("SMA"));
    s.setProfileField(QStringLiteral("occupation"), QStringLiteral("WIRAUSAHA"));
    s.finishProfile();
    look();
    shot(QStringLiteral("field-administer"));
    position->lose();
    shot(QStringLiteral("field-administer-no-position"));
    s.reset();
    officers.signOut();
    shot(QStringLiteral("field-sign-in"));
    (void)ctx.settings().setConfig(counter);
    officers.cancel();
}

} // namespace suara
