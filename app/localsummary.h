#pragma once

#include "scoring/ikm.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>

namespace suara {

class Catalog;
class Clock;
class LanguageManager;
class LocalStore;

// The admin's view of what this device has collected: visitors today and this quarter, and the IKM
// so far, computed by the same core code the server uses. Misuse-flagged responses are left out.
// A visitor is one visit, however many forms (SKM, SPKP, SPAK) it filled: each visit ends with exactly
// one gratification statement, so visits are counted by those.
class LocalSummary : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int today READ today NOTIFY changed)
    Q_PROPERTY(int quarter READ quarter NOTIFY changed)
    Q_PROPERTY(int total READ total NOTIFY changed)
    Q_PROPERTY(int flagged READ flagged NOTIFY changed)
    Q_PROPERTY(int gratificationReports READ gratificationReports NOTIFY changed)
    Q_PROPERTY(bool hasIkm READ hasIkm NOTIFY changed)
    Q_PROPERTY(double ikm READ ikm NOTIFY changed)
    Q_PROPERTY(QString category READ category NOTIFY changed)
    Q_PROPERTY(QString categoryLabel READ categoryLabel NOTIFY changed)
    Q_PROPERTY(QVariantList unsur READ unsur NOTIFY changed)
    Q_PROPERTY(QStringList missing READ missing NOTIFY changed)

public:
    LocalSummary(LocalStore *store, const Catalog *catalog, LanguageManager *language, Clock *clock,
                 QObject *parent = nullptr);

    [[nodiscard]] int today() const { return m_today; }
    [[nodiscard]] int quarter() const { return m_quarter; }
    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] int flagged() const { return m_flagged; }
    [[nodiscard]] int gratificationReports() const { return m_gratificationReports; }
    [[nodiscard]] bool hasIkm() const { return m_hasIkm; }
    [[nodiscard]] double ikm() const { return m_ikm; }
    [[nodiscard]] QString category() const;
    [[nodiscard]] QString categoryLabel() const;
    [[nodiscard]] QVariantList unsur() const;
    [[nodiscard]] QStringList missing() const;

    Q_INVOKABLE void refresh();

signals:
    void changed();

private:
    [[nodiscard]] QString unsurLabel(const QString &key) const;

    LocalStore *m_store;
    const Catalog *m_catalog;
    LanguageManager *m_language;
    Clock *m_clock;
    int m_today = 0;
    int m_quarter = 0;
    int m_total = 0;
    int m_flagged = 0;
    int m_gratificationReports = 0;
    bool m_hasIkm = false;
    double m_ikm = 0;
    // The last report; labels are looked up in the current language when asked for, so a language
    // switch relabels without reading the store again.
    scoring::IkmReport m_report;
};

} // namespace suara
