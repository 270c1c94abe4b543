"""Interface language: Webcare's own Qt Linguist catalogue plus Qt's translations of its widgets.

Source strings are English; Dutch is the default language. Switching installs new translators,
and Qt sends every widget a LanguageChange event so that it can translate itself again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from resources import translations_dir

LOCALES = {
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


class Translations(QObject):
    """Owns the installed translators of the running application."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._installed: list[QTranslator] = []
        self.language = ""

    def set_language(self, language: str) -> bool:
        """Install `language`; returns False when Webcare's own catalogue could not be loaded.

        English is the source language: without its catalogue only plural forms suffer, so it
        always counts as loaded.
        """
        app = QCoreApplication.instance()
        assert app is not None, "create the QApplication first"
        self.clear()
        QLocale.setDefault(LOCALES[language])
        own = QTranslator(self)
        own_loaded = own.load(f"webcare_{language}", str(translations_dir()))
        if own_loaded:
            self._installed.append(own)
        qt = QTranslator(self)
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            self._installed.append(qt)
        for translator in self._installed:
            app.installTranslator(translator)
        self.language = language
        return own_loaded or language == "en"

    def clear(self) -> None:
        """Remove the translators this object installed."""
        app = QCoreApplication.instance()
        if app is not None:
            for translator in self._installed:
                app.removeTranslator(translator)
        self._installed.clear()
