#pragma once

class QMenuBar;
class QWidget;

// Help ▸ About Depot, added to `menuBar`; the about box is a child of `window`.
void addHelpMenu(QMenuBar* menuBar, QWidget* window);
