import type { PlatformErrorCode } from '../../../shared/platform/platformErrors.ts';
import type { desktopEn } from './desktopEn.ts';

export const desktopZhCN: typeof desktopEn = {
  updates: {
    region: '应用更新',
    available: 'Fieldbook {{version}} 已发布，正在下载…',
    downloading: '正在下载 Fieldbook {{version}}：{{percent}}%',
    ready: 'Fieldbook {{version}} 已就绪，重启即可完成更新。',
    restart: '重启并更新',
    later: '稍后',
    error: '无法检查更新：{{message}}',
  },
  openAtLogin: {
    label: '登录此电脑时自动打开 Fieldbook',
    unsupported: '此系统不支持登录时自动启动。',
  },
};

export const platformErrorsZhCN = {
  keychainUnavailable:
    '此电脑没有可用的系统钥匙串来保护您的登录信息，因此 Fieldbook 不会保存它。请安装并解锁密钥环（如 GNOME Keyring 或 KWallet）后重新登录。',
  keychainFailed: '系统钥匙串无法读取已保存的登录信息，请重新登录。',
  fileTooLarge: '文件过大，无法导入（上限为 20 MB）。',
  fileNotReadable: 'Fieldbook 无法读取此文件。',
  fileNotWritable: 'Fieldbook 无法将文件保存到该位置，请选择其他文件夹。',
} satisfies Record<PlatformErrorCode, string>;
