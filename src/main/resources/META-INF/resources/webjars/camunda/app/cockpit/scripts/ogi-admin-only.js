// Cockpit offers every user the buttons to edit and delete a process variable (the variable
// table's 操作 column), to add one, and to cancel, retry or suspend; the server refuses
// them all to everyone but camunda-admin (enginerest/EngineApiGuard, the refusal is the control).
// So they are hidden unless the logged-in user is in camunda-admin (ogi-administrator.js).
import { adminOnly } from './ogi-administrator.js';

adminOnly({
  hidden: [
    // the variable table's 操作 column (edit, delete)
    '[cam-widget-variables-table] td.actions',
    // the toolbar of an instance or a definition: add a variable, cancel, retry jobs, suspend
    '.ctn-toolbar a.btn-toolbar[ng-click="openDialog()"]',
  ],
});

export default [];
