#include "skmunsur.h"

namespace suara::scoring {

const QStringList &skmUnsurKeys()
{
    static const QStringList keys{
        QStringLiteral("persyaratan"), QStringLiteral("prosedur"),  QStringLiteral("waktu"),
        QStringLiteral("biaya"),       QStringLiteral("produk"),    QStringLiteral("kompetensi"),
        QStringLiteral("perilaku"),    QStringLiteral("pengaduan"), QStringLiteral("sarana"),
    };
    return keys;
}

int skmUnsurIndex(const QString &key)
{
    return skmUnsurKeys().indexOf(key);
}

} // namespace suara::scoring
