/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // Branding: the vendor is replaced with ogi.agency.name when served (webapp/WebappConfigController).
  app: {
    name: '欢迎',
    vendor: '政府信息公开'
  },
  locales: {
    availableLocales: ['zh'],
    fallbackLocale: 'zh'
  },
  // Our staff pages under the same login (ledger/, audit/, report/ packages). ogi-welcome.js
  // shows each only to those who may open it (security/StaffLinks).
  links: [
    {label: '办件台账', href: '/ledger', description: '全部办件：状态、当前环节、期限灯、办理结果，可按受理编号、申请人、状态、收到日期查询'},
    {label: '领导视图', href: '/ledger/leadership', description: '收到数、办理结果、办理用时、超期情况、复议诉讼（领导小组、办公室）'},
    {label: '合规检查', href: '/audit/compliance', description: '按期间检查逾期答复、未经保密审查公开、未经审批等问题'},
    {label: '办理过程记录', href: '/audit/cases', description: '按受理编号查看一件申请的全部办理过程，可导出'},
    {label: '年度报告', href: '/reports/', description: '政府信息公开工作年度报告统计表（上一年度），可打印、导出'}
  ],
  customScripts: ['scripts/ogi-welcome.js'],
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'welcome' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // links: [
  //   {
  //     label: 'Angular.js Docs',
  //     href: 'https://code.angularjs.org/1.2.16/docs',
  //     description: 'Almost interesting'
  //   },
  //   {
  //     label: 'XKCD',
  //     href: 'http://xkcd.org',
  //     description: 'Nerdy comic'
  //   },
  //   {
  //     label: 'Slashdot',
  //     href: 'https://slashdot.org',
  //     description: 'News for nerds, stuff that matter'
  //   }
  // ],
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false
};
