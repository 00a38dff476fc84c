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
    // the engine's ids of an instance or a definition (实例 ID, 定义 ID, 部署 ID) in the sidebar:
    // nothing staff act on (the business key 业务编号 names the case)
    'dl dt[cam-widget-clipboard$=".id"]', 'dl dt[cam-widget-clipboard$="Id"]',
    'dl dd.instance-id', 'dl dd.definition-id', 'dl dd.deployment-id',
    // 部署 (deployments: the model files as deployed) is an administrator's page (its menu
    // entry's <li> too: styles/user-styles.css)
    '.navbar a[href="#/repository"]',
  ],
});

export default [];
