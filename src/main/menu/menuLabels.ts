/** Languages the native menu speaks; the renderer's own two. */
export type MenuLocale = 'en' | 'zh-CN';

const en = {
  file: 'File',
  newLead: 'New Lead',
  syncNow: 'Sync Now',
  close: 'Close Window',
  quit: 'Quit Fieldbook',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  search: 'Search Leads',
  view: 'View',
  reload: 'Reload',
  toggleDevTools: 'Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  toggleFullScreen: 'Full Screen',
  window: 'Window',
  minimize: 'Minimize',
  zoom: 'Zoom',
  front: 'Bring All to Front',
  help: 'Help',
  about: 'About Fieldbook',
  services: 'Services',
  hide: 'Hide Fieldbook',
  hideOthers: 'Hide Others',
  unhide: 'Show All',
};

export type MenuLabels = typeof en;

const zhCN: MenuLabels = {
  file: '文件',
  newLead: '新建线索',
  syncNow: '立即同步',
  close: '关闭窗口',
  quit: '退出 Fieldbook',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  search: '搜索线索',
  view: '视图',
  reload: '重新加载',
  toggleDevTools: '开发者工具',
  resetZoom: '实际大小',
  zoomIn: '放大',
  zoomOut: '缩小',
  toggleFullScreen: '全屏',
  window: '窗口',
  minimize: '最小化',
  zoom: '缩放',
  front: '全部置于顶层',
  help: '帮助',
  about: '关于 Fieldbook',
  services: '服务',
  hide: '隐藏 Fieldbook',
  hideOthers: '隐藏其他',
  unhide: '全部显示',
};

export const menuLabels: Record<MenuLocale, MenuLabels> = { en, 'zh-CN': zhCN };

/** Chinese for any zh locale (zh, zh-CN, zh-Hans-CN, zh-TW...), English otherwise. */
export function menuLocaleFor(systemLocale: string): MenuLocale {
  return /^zh\b/i.test(systemLocale) ? 'zh-CN' : 'en';
}
