import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { WebFormRequiredScreen } from './WebFormRequiredScreen.tsx';

const meta = {
  title: 'Screens/Web form required',
  component: WebFormRequiredScreen,
  args: {
    onOpen: fn(),
    onCancel: fn(),
    url: 'https://webform.example/wf/946db09e-5bfc-11eb-ae93-0242ac130002',
  },
  parameters: {
    docs: {
      description: {
        component:
          'A background update of a bank connection needs the user after all (task status `WEB_FORM_REQUIRED`, `data-screen="web-form-required"`). The button (`data-action="open-web-form"`) calls `onOpen`; with `popupBlocked` it becomes a link to `url`.',
      },
    },
  },
} satisfies Meta<typeof WebFormRequiredScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Continue to the secure form' }));
    await expect(args.onOpen).toHaveBeenCalledOnce();
  },
};

export const OpensInNewTab: Story = { args: { openIn: 'new-tab' } };

export const PopupBlocked: Story = { args: { openIn: 'new-tab', popupBlocked: true } };

export const Dark: Story = { globals: { theme: 'dark' } };
